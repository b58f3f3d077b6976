# Sourced by scripts/testbed: builds the testbed images from installed Debian packages (no registry)
# and imports them into each daemon, skipping a daemon whose image already carries the same hash.

readonly IMAGE_PATH_ENV='PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

# Every busybox applet as a symlink in <root>/bin, except `busybox` itself and names already present.
link_applets() {
    local root=$1 applet
    install -D -m 0755 /bin/busybox "$root/bin/busybox"
    for applet in $(/bin/busybox --list); do
        [[ $applet == busybox || -e $root/bin/$applet || -L $root/bin/$applet ]] && continue
        ln -s busybox "$root/bin/$applet"
    done
}

base_rootfs() {
    local root=$1
    mkdir -p "$root"/{bin,sbin,etc,root,proc,sys,dev,run,usr/bin,usr/sbin,var/tmp}
    install -d -m 1777 "$root/tmp"
    cat >"$root/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/bin/sh
nobody:x:65534:65534:nobody:/nonexistent:/bin/false
EOF
    cat >"$root/etc/group" <<'EOF'
root:x:0:
nogroup:x:65534:
nobody:x:65534:
EOF
    link_applets "$root"
    ln -s /bin/env "$root/usr/bin/env"
}

build_busybox_rootfs() {
    base_rootfs "$1"
}

build_nginx_rootfs() {
    local root=$1 lib
    base_rootfs "$root"
    install -D -m 0755 /usr/sbin/nginx "$root/usr/sbin/nginx"
    # The loader and every library nginx links, at the paths ldd resolves them to.
    for lib in $(ldd /usr/sbin/nginx | awk '/=>/ { print $3; next } $1 ~ /^\// { print $1 }'); do
        [[ -f $lib ]] || continue
        mkdir -p "$root$(dirname "$lib")"
        cp -L "$lib" "$root$lib"
    done
    install -D -m 0644 /etc/nginx/mime.types "$root/etc/nginx/mime.types"
    mkdir -p "$root/etc/nginx/conf.d" "$root/usr/share/nginx/html" "$root/var/log/nginx" "$root/var/lib/nginx"
    install -d -m 1777 "$root/var/cache/nginx"
    ln -s /dev/stdout "$root/var/log/nginx/access.log"
    ln -s /dev/stderr "$root/var/log/nginx/error.log"
    cat >"$root/etc/nginx/nginx.conf" <<'EOF'
user nobody nogroup;
worker_processes 1;
error_log /var/log/nginx/error.log notice;
pid /run/nginx.pid;

events {
    worker_connections 1024;
}

http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log /var/log/nginx/access.log;
    sendfile on;
    keepalive_timeout 65;
    client_body_temp_path /var/cache/nginx/client_temp;
    proxy_temp_path /var/cache/nginx/proxy_temp;
    fastcgi_temp_path /var/cache/nginx/fastcgi_temp;
    uwsgi_temp_path /var/cache/nginx/uwsgi_temp;
    scgi_temp_path /var/cache/nginx/scgi_temp;
    include /etc/nginx/conf.d/*.conf;
}
EOF
    cat >"$root/etc/nginx/conf.d/default.conf" <<'EOF'
server {
    listen 80;
    server_name localhost;
    location / {
        root /usr/share/nginx/html;
        index index.html;
    }
}
EOF
    cat >"$root/usr/share/nginx/html/index.html" <<'EOF'
<!DOCTYPE html>
<html><head><title>Welcome to nginx!</title></head>
<body><h1>Welcome to nginx!</h1><p>mixcompose testbed image.</p></body></html>
EOF
    install -m 0755 /dev/stdin "$root/docker-entrypoint.sh" <<'EOF'
#!/bin/sh
# Like the official nginx image: render templates into conf.d, then run the command.
set -e

render_templates() {
    dir=${NGINX_ENVSUBST_TEMPLATE_DIR:-/etc/nginx/templates}
    out=${NGINX_ENVSUBST_OUTPUT_DIR:-/etc/nginx/conf.d}
    suffix=${NGINX_ENVSUBST_TEMPLATE_SUFFIX:-.template}
    [ -d "$dir" ] || return 0
    if [ ! -w "$out" ]; then
        echo "$0: $out is not writable, templates not rendered" >&2
        return 0
    fi
    find "$dir" -follow -type f -name "*$suffix" | while read -r template; do
        relative=${template#"$dir"/}
        target="$out/${relative%"$suffix"}"
        mkdir -p "$(dirname "$target")"
        echo "$0: rendering $template to $target"
        # Only ${NAME} of variables that are defined (and match NGINX_ENVSUBST_FILTER) is replaced.
        awk -v filter="${NGINX_ENVSUBST_FILTER:-}" '{
            line = $0; out = ""
            while (match(line, /\$\{[A-Za-z_][A-Za-z0-9_]*\}/)) {
                name = substr(line, RSTART + 2, RLENGTH - 3)
                if ((name in ENVIRON) && (filter == "" || name ~ filter))
                    out = out substr(line, 1, RSTART - 1) ENVIRON[name]
                else
                    out = out substr(line, 1, RSTART + RLENGTH - 1)
                line = substr(line, RSTART + RLENGTH)
            }
            print out line
        }' "$template" >"$target"
    done
}

[ $# -eq 0 ] && set -- nginx -g 'daemon off;'
if [ "$1" = nginx ] || [ "$1" = nginx-debug ]; then
    render_templates
fi
exec "$@"
EOF
}

# name -> Dockerfile-style changes (one per line) applied by `docker import`.
image_changes() {
    case $1 in
        busybox) printf '%s\n' "ENV $IMAGE_PATH_ENV" 'CMD ["sh"]' ;;
        nginx) printf '%s\n' "ENV $IMAGE_PATH_ENV" 'ENTRYPOINT ["/docker-entrypoint.sh"]' \
            'CMD ["nginx", "-g", "daemon off;"]' 'EXPOSE 80' ;;
    esac
}

# Builds <name> into $CACHE_DIR/<name>.tar (deterministic) and prints its hash (tar + changes).
build_image_tar() {
    local name=$1 work
    work=$(mktemp -d)
    "build_${name}_rootfs" "$work/root"
    mkdir -p "$CACHE_DIR"
    tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$work/root" -cf "$CACHE_DIR/$name.tar" .
    rm -rf "$work"
    { sha256sum <"$CACHE_DIR/$name.tar"; image_changes "$name"; } | sha256sum | cut -c1-64
}

import_image() {
    local role=$1 name=$2 hash=$3 ref="mixcompose-testbed/$2:latest" current change
    current=$(dk "$role" image inspect -f "{{index .Config.Labels \"$IMAGE_LABEL\"}}" "$ref" 2>/dev/null || true)
    if [[ $current == "$hash" ]]; then
        log "$role: $ref up to date"
        return 0
    fi
    local args=()
    while IFS= read -r change; do args+=(-c "$change"); done < <(image_changes "$name")
    args+=(-c "LABEL $IMAGE_LABEL=$hash")
    dk "$role" import "${args[@]}" - "$ref" <"$CACHE_DIR/$name.tar" >/dev/null
    log "$role: imported $ref"
}

build_and_import_images() {
    local name hash role
    for name in busybox nginx; do
        hash=$(build_image_tar "$name")
        for role in "${ROLES[@]}"; do import_image "$role" "$name" "$hash"; done
    done
}
