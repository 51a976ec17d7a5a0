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
classpath="knowledge-base/target/eval-classpath.txt"
./mvnw -q -o -pl knowledge-base -am -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile="$root/$classpath" -Dmdep.includeScope=test
# The modules' own classes first, so a stale jar of portal-core in ~/.m2 never shadows this checkout.
exec "$JAVA_HOME/bin/java" -cp "knowledge-base/target/test-classes:knowledge-base/target/classes:portal-core/target/classes:$(cat "$classpath")" \
  org.example.portal.knowledgebase.evaluation.FaqEvaluation "$@"
