#!/usr/bin/env bash
# Unpacks Payara Server from Maven Central into a folder (once) and applies the portal's domain settings
# (idempotent). Used by ./run and by the integration tests, so both run the same server set-up.
#   scripts/prepare-payara.sh TARGET_FOLDER      -> server in TARGET_FOLDER/payara7
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
target="${1:?usage: prepare-payara.sh TARGET_FOLDER}"
version="$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' "$root/pom.xml" | head -n1)"
server="$target/payara7"
domain_xml="$server/glassfish/domains/domain1/config/domain.xml"

if [ ! -f "$domain_xml" ] || [ "$(cat "$target/.payara-version" 2>/dev/null)" != "$version" ]; then
  echo "Provisioning Payara Server $version into $server"
  rm -rf "$server"
  mkdir -p "$target"
  "$root/mvnw" -q -f "$root/pom.xml" -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
    -Dartifact="fish.payara.distributions:payara:$version:zip" -DoutputDirectory="$target" -Dmdep.overWriteReleases=true
  echo "$version" > "$target/.payara-version"
fi

# A single node: no Hazelcast data grid, so this server never joins another Payara on the machine.
sed -i 's#<hazelcast-config-specific-configuration></hazelcast-config-specific-configuration>#<hazelcast-config-specific-configuration enabled="false"></hazelcast-config-specific-configuration>#' "$domain_xml"
# Vaadin sessions and Lucene caches want more than the default 512 MB heap.
sed -i 's#<jvm-options>-Xmx512m</jvm-options>#<jvm-options>-Xmx1g</jvm-options>#' "$domain_xml"
