#!/usr/bin/env sh
# A self-signed certificate for trying TLS on one machine: deploy/tls/tabien.crt and tabien.key, for the names
# given (localhost by default). A real deployment uses a certificate from the ministry's certificate authority.
set -eu
cd "$(dirname "$0")"
mkdir -p tls
names="${*:-localhost}"
san=""
for name in $names; do
    san="${san:+$san,}DNS:$name"
done
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 365 \
    -subj "/CN=$(echo "$names" | cut -d' ' -f1)" -addext "subjectAltName=$san,IP:127.0.0.1" \
    -keyout tls/tabien.key -out tls/tabien.crt
chmod 600 tls/tabien.key
echo "Wrote deploy/tls/tabien.crt and deploy/tls/tabien.key for: $names"
