#!/usr/bin/env bash
# Unpacks Payara Server from Maven Central into a folder (once) and applies the portal's domain settings
# (idempotent). Used by ./run and by the integration tests, so both run the same server set-up.
#   scripts/prepare-payara.sh TARGET_FOLDER              -> server in TARGET_FOLDER/payara7, default ports
#   scripts/prepare-payara.sh TARGET_FOLDER PORT_BASE    -> the same, every listener moved to PORT_BASE + n
# With PAYARA_FRESH_DOMAIN=1 the domain starts over as unpacked (no applications, no caches) and a server
# that an interrupted run left behind is killed first: the integration tests use this.
# With a port base the ports follow asadmin's --portbase rule, so a second server (tests, measurements)
# never clashes with one on the default ports (8080, 4848, ...):
#   admin +48, http +80, https +81, iiop +37, iiop/ssl +38, iiop/mutual-auth +39, jms +76, jmx +86,
#   osgi shell +66, debugger +9      e.g. PORT_BASE 9000: http 9080, https 9081, admin 9048
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
target="${1:?usage: prepare-payara.sh TARGET_FOLDER [PORT_BASE]}"
port_base="${2:-}"
if [ -n "$port_base" ] && ! { [ "$port_base" -ge 1024 ] && [ "$port_base" -le 65400 ]; } 2>/dev/null; then
  echo "PORT_BASE must be a number from 1024 to 65400, not '$port_base'" >&2
  exit 2
fi
version="$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' "$root/pom.xml" | head -n1)"
server="$target/payara7"
domain_xml="$server/glassfish/domains/domain1/config/domain.xml"

if [ ! -f "$domain_xml" ] || [ ! -f "$target/domain1.tar" ] || [ "$(cat "$target/.payara-version" 2>/dev/null)" != "$version" ]; then
  echo "Provisioning Payara Server $version into $server"
  rm -rf "$server"
  mkdir -p "$target"
  "$root/mvnw" -q -f "$root/pom.xml" -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
    -Dartifact="fish.payara.distributions:payara:$version:zip" -DoutputDirectory="$target" -Dmdep.overWriteReleases=true
  tar -cf "$target/domain1.tar" -C "$server/glassfish/domains" domain1
  echo "$version" > "$target/.payara-version"
elif [ "${PAYARA_FRESH_DOMAIN:-}" = 1 ]; then
  if [ -f "$server/glassfish/domains/domain1/config/pid" ]; then
    echo "Stopping the Payara Server an earlier run left in $server"
    "$server/bin/asadmin" stop-domain --kill domain1 || true
  fi
  rm -rf "$server/glassfish/domains/domain1"
  tar -xf "$target/domain1.tar" -C "$server/glassfish/domains"
fi

# A single node: no Hazelcast data grid, so this server never joins another Payara on the machine.
sed -i 's#<hazelcast-config-specific-configuration></hazelcast-config-specific-configuration>#<hazelcast-config-specific-configuration enabled="false"></hazelcast-config-specific-configuration>#' "$domain_xml"
# Vaadin sessions and Lucene caches want more than the default 512 MB heap.
sed -i 's#<jvm-options>-Xmx512m</jvm-options>#<jvm-options>-Xmx1g</jvm-options>#' "$domain_xml"

# Ports: only with a port base, and only inside server-config (the DAS's configuration; default-config keeps
# its ${...} names). The patterns match any number, so preparing a folder again with another base works too.
if [ -n "$port_base" ]; then
  p() { echo $((port_base + $1)); }
  # Each element is found by its name or id wherever that sits on the line: a freshly unpacked domain.xml and
  # one Payara has rewritten order the attributes differently.
  sed -i "/<config name=\"server-config\">/,/<\/config>/{
    /<network-listener [^>]*name=\"http-listener-1\"/ s#port=\"[0-9]*\"#port=\"$(p 80)\"#
    /<network-listener [^>]*name=\"http-listener-2\"/ s#port=\"[0-9]*\"#port=\"$(p 81)\"#
    /<network-listener [^>]*name=\"admin-listener\"/ s#port=\"[0-9]*\"#port=\"$(p 48)\"#
    /<iiop-listener [^>]*id=\"orb-listener-1\"/ s#port=\"[0-9]*\"#port=\"$(p 37)\"#
    /<iiop-listener [^>]*id=\"SSL\"/ s#port=\"[0-9]*\"#port=\"$(p 38)\"#
    /<iiop-listener [^>]*id=\"SSL_MUTUALAUTH\"/ s#port=\"[0-9]*\"#port=\"$(p 39)\"#
    /<jmx-connector [^>]*name=\"system\"/ s#port=\"[0-9]*\"#port=\"$(p 86)\"#
    /name=\"JMS_PROVIDER_PORT\"/ s#value=\"[0-9]*\"#value=\"$(p 76)\"#
    s#-Dosgi.shell.telnet.port=[0-9]*<#-Dosgi.shell.telnet.port=$(p 66)<#
    s#\(debug-options=\"[^\"]*address=\)[0-9]*#\1$(p 9)#
  }" "$domain_xml"
fi
