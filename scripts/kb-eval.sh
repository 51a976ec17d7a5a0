#!/usr/bin/env bash
# Known-item search evaluation of the knowledge base on real FAQs (see README "Knowledge base"): every Python
# and Perl FAQ question is searched for and the rank of its own answer gives MRR@10 and Recall@10.
# Needs Debian's python3.11-doc and perl-doc; JAVA_HOME is set by ./portal.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [ ! -d /usr/share/doc/python3.11/html/faq ] || ! ls /usr/share/perl/*/pod/perlfaq1.pod >/dev/null 2>&1; then
  echo "The FAQ corpus is missing: sudo apt-get install -y python3.11-doc perl-doc" >&2
  exit 2
fi
# The evaluation lives with the benchmarks (portal-bench), which share its FAQ corpus reader.
./mvnw -q -B -o -DskipTests package -pl portal-bench -am
exec "$JAVA_HOME/bin/java" -cp "portal-bench/target/classes:$(cat portal-bench/target/classpath.txt)" \
  org.example.portal.bench.search.FaqEvaluation "$@"
