/// The mixed-OS projects the golden tests plan, in canonical form.
enum GoldenProjects {
    /// Linux NGINX in front of a Windows ASP.NET site (samples/nginx-aspnet).
    static let nginxAspnet = """
        name: nginx-aspnet
        services:
          web:
            image: mcr.microsoft.com/dotnet/samples:aspnetapp-nanoserver-ltsc2022
            platform: windows/amd64
            environment: {ASPNETCORE_HTTP_PORTS: "8080"}
          proxy:
            image: nginx:1.27-alpine
            platform: linux/amd64
            ports: [{target: 80, published: "8080", protocol: tcp, mode: ingress}]
            environment: {WEB_PORT: "8080"}
            depends_on:
              web: {condition: service_healthy, required: true}
        """

    /// Every placement rule, same- and cross-daemon peers, a user-set variable, requested peers,
    /// a link alias across daemons and a port clash.
    static let shop = """
        name: shop
        services:
          db:
            image: postgres:16
          cache:
            image: redis:7
          legacy:
            image: mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2022
          api:
            build: {context: /src/api, dockerfile: Dockerfile}
            environment: {DB_HOST: db.example.internal}
            depends_on:
              db: {condition: service_healthy, required: true}
              cache: {condition: service_started, required: true}
              legacy: {condition: service_started, required: true}
          worker:
            image: shop/worker:1
            x-mixcompose: {daemon: linux, peers: [legacy]}
          frontend:
            image: nginx
            links: ["api:backend"]
            ports: [{target: 80, published: "80", protocol: tcp, mode: ingress}]
          reports:
            image: shop/reports:2
            ports: [{target: 80, published: "80", protocol: tcp, mode: ingress}]
            depends_on:
              db: {condition: service_started, required: true}
        """

    /// A dependency cycle that crosses the daemons, next to an unaffected chain.
    static let crossCycle = """
        name: loop
        services:
          gateway:
            image: mcr.microsoft.com/windows/servercore:ltsc2022
            depends_on:
              auth: {condition: service_started, required: true}
          auth:
            image: keycloak
            depends_on:
              gateway: {condition: service_healthy, required: true}
          ui:
            image: nginx
            depends_on:
              gateway: {condition: service_started, required: true}
        """

    /// Options each OS cannot honour, one service per OS.
    static let osRules = """
        name: rules
        services:
          win:
            image: mcr.microsoft.com/windows/servercore:ltsc2022
            privileged: true
            read_only: true
            cap_add: [SYS_ADMIN]
            ports: [{target: 80, published: "8000-8010", host_ip: 127.0.0.1, protocol: tcp, mode: ingress}]
            volumes:
              - {type: bind, source: /src/nginx.conf, target: /etc/nginx/nginx.conf}
            tmpfs: [/tmp]
            extra_hosts: ["db=10.0.0.5"]
          lin:
            image: alpine
            isolation: hyperv
            working_dir: 'C:\\app'
            volumes:
              - {type: npipe, source: '\\\\.\\pipe\\docker_engine', target: '\\\\.\\pipe\\docker_engine'}
        """
}
