/// The Kubernetes manifests the golden tests pin, reviewed by hand: the sample and a mixed project.
enum KubernetesGoldens {
    /// A mixed project: a Linux database with a named volume, a secret and a healthcheck, a Windows
    /// Server 2019 site with Hyper-V isolation, and a Linux API that waits for the database.
    static let shopProject = """
        name: shop
        services:
          db:
            image: postgres:16
            volumes: [data:/var/lib/postgresql/data]
            secrets: [dbpass]
            healthcheck: {test: ["CMD-SHELL", "pg_isready -U postgres"], interval: 10s, retries: 5}
            expose: ["5432"]
          legacy:
            image: mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2019
            isolation: hyperv
            depends_on:
              db: {condition: service_healthy}
            ports: ["8081:80"]
          api:
            image: shop/api:1
            depends_on:
              db: {condition: service_healthy}
              legacy: {condition: service_started}
            configs: [{source: settings, target: /etc/api/settings.json}]
            ports: ["8080:80"]
        volumes:
          data: {}
        secrets:
          dbpass: {environment: DB_PASSWORD}
        configs:
          settings: {content: '{"mode": "shop"}'}
        """

    /// `convert --format kubernetes --namespace shop` of `shopProject` with `DB_PASSWORD=s3cret`.
    static let shop = """
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata:
          labels:
            app.kubernetes.io/managed-by: mixcompose
            app.kubernetes.io/part-of: shop
          name: data
          namespace: shop
        spec:
          accessModes:
            - ReadWriteOnce
          resources:
            requests:
              storage: 1Gi
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          labels:
            app.kubernetes.io/managed-by: mixcompose
            app.kubernetes.io/part-of: shop
          name: dbpass
          namespace: shop
        stringData:
          dbpass: s3cret
        type: Opaque
        ---
        apiVersion: v1
        data:
          settings: "{\\"mode\\": \\"shop\\"}"
        kind: ConfigMap
        metadata:
          labels:
            app.kubernetes.io/managed-by: mixcompose
            app.kubernetes.io/part-of: shop
          name: settings
          namespace: shop
        ---
        apiVersion: v1
        kind: Service
        metadata:
          labels:
            app.kubernetes.io/managed-by: mixcompose
            app.kubernetes.io/name: api
            app.kubernetes.io/part-of: shop
          name: api
          namespace: shop
        spec:
          ports:
            -
              name: tcp-8080
              port: 8080
              protocol: TCP
              targetPort: 80
          selector:
            app.kubernetes.io/name: api
            app.kubernetes.io/part-of: shop
          type: LoadBalancer
        ---
        apiVersion: v1
        kind: Service
        metadata:
          labels:
            app.kubernetes.io/managed-by: mixcompose
            app.kubernetes.io/name: db
            app.kubernetes.io/part-of: shop
          name: db
          namespace: shop
        spec:
          ports:
            -
              name: tcp-5432
              port: 5432
              protocol: TCP
              targetPort: 5432
          selector:
            app.kubernetes.io/name: db
            app.kubernetes.io/part-of: shop
        ---
        apiVersion: v1
        kind: Service
        metadata:
          labels:
            app.kubernetes.io/managed-by: mixcompose
            app.kubernetes.io/name: legacy
            app.kubernetes.io/part-of: shop
          name: legacy
          namespace: shop
        spec:
          ports:
            -
              name: tcp-8081
              port: 8081
              protocol: TCP
              targetPort: 80
          selector:
            app.kubernetes.io/name: legacy
            app.kubernetes.io/part-of: shop
          type: LoadBalancer
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          labels:
            app.kubernetes.io/managed-by: mixcompose
            app.kubernetes.io/name: api
            app.kubernetes.io/part-of: shop
          name: api
          namespace: shop
        spec:
          replicas: 1
          selector:
            matchLabels:
              app.kubernetes.io/name: api
              app.kubernetes.io/part-of: shop
          template:
            metadata:
              labels:
                app.kubernetes.io/managed-by: mixcompose
                app.kubernetes.io/name: api
                app.kubernetes.io/part-of: shop
            spec:
              containers:
                -
                  env:
                    -
                      name: DB_HOST
                      value: db
                    -
                      name: LEGACY_HOST
                      value: legacy
                  image: shop/api:1
                  name: api
                  ports:
                    -
                      containerPort: 80
                      protocol: TCP
                  volumeMounts:
                    -
                      mountPath: /etc/api/settings.json
                      name: config-0
                      readOnly: true
                      subPath: settings
              initContainers:
                -
                  command:
                    - sh
                    - "-c"
                    - until nc -z -w 2 db 5432; do echo waiting for db; sleep 2; done
                  image: busybox:1.37
                  name: wait-for-db
              nodeSelector:
                kubernetes.io/os: linux
              os:
                name: linux
              volumes:
                -
                  configMap:
                    items:
                      -
                        key: settings
                        path: settings
                    name: settings
                  name: config-0
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          labels:
            app.kubernetes.io/managed-by: mixcompose
            app.kubernetes.io/name: db
            app.kubernetes.io/part-of: shop
          name: db
          namespace: shop
        spec:
          replicas: 1
          selector:
            matchLabels:
              app.kubernetes.io/name: db
              app.kubernetes.io/part-of: shop
          strategy:
            type: Recreate
          template:
            metadata:
              labels:
                app.kubernetes.io/managed-by: mixcompose
                app.kubernetes.io/name: db
                app.kubernetes.io/part-of: shop
            spec:
              containers:
                -
                  image: postgres:16
                  name: db
                  ports:
                    -
                      containerPort: 5432
                      protocol: TCP
                  readinessProbe:
                    exec:
                      command:
                        - /bin/sh
                        - "-c"
                        - pg_isready -U postgres
                    failureThreshold: 5
                    periodSeconds: 10
                  volumeMounts:
                    -
                      mountPath: /var/lib/postgresql/data
                      name: volume-0
                    -
                      mountPath: /run/secrets/dbpass
                      name: secret-1
                      readOnly: true
                      subPath: dbpass
              nodeSelector:
                kubernetes.io/os: linux
              os:
                name: linux
              volumes:
                -
                  name: volume-0
                  persistentVolumeClaim:
                    claimName: data
                -
                  name: secret-1
                  secret:
                    items:
                      -
                        key: dbpass
                        path: dbpass
                    secretName: dbpass
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          labels:
            app.kubernetes.io/managed-by: mixcompose
            app.kubernetes.io/name: legacy
            app.kubernetes.io/part-of: shop
          name: legacy
          namespace: shop
        spec:
          replicas: 1
          selector:
            matchLabels:
              app.kubernetes.io/name: legacy
              app.kubernetes.io/part-of: shop
          template:
            metadata:
              labels:
                app.kubernetes.io/managed-by: mixcompose
                app.kubernetes.io/name: legacy
                app.kubernetes.io/part-of: shop
            spec:
              containers:
                -
                  env:
                    -
                      name: DB_HOST
                      value: db.shop.svc.cluster.local
                  image: mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2019
                  name: legacy
                  ports:
                    -
                      containerPort: 80
                      protocol: TCP
              nodeSelector:
                kubernetes.io/os: windows
                node.kubernetes.io/windows-build: 10.0.17763
              os:
                name: windows
              tolerations:
                -
                  effect: NoSchedule
                  key: os
                  operator: Equal
                  value: windows
        """

    /// `convert --format kubernetes` of samples/nginx-aspnet.
    static let sample = """
        apiVersion: v1
        data:
          default.conf.template: "# Rendered at container start by the nginx image's template step: ${WEB_HOST} is the address\\n# mixcompose injected for the `web` service, ${WEB_PORT} the port it listens on.\\nserver {\\n    listen 80;\\n\\n    location / {\\n        proxy_pass http://${WEB_HOST}:${WEB_PORT};\\n        proxy_set_header Host $host;\\n        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\\n    }\\n}\\n"
        kind: ConfigMap
        metadata:
          labels:
            app.kubernetes.io/managed-by: mixcompose
            app.kubernetes.io/name: proxy
            app.kubernetes.io/part-of: nginx-aspnet
          name: proxy-default-conf-template
          namespace: default
        ---
        apiVersion: v1
        kind: Service
        metadata:
          labels:
            app.kubernetes.io/managed-by: mixcompose
            app.kubernetes.io/name: proxy
            app.kubernetes.io/part-of: nginx-aspnet
          name: proxy
          namespace: default
        spec:
          ports:
            -
              name: tcp-8080
              port: 8080
              protocol: TCP
              targetPort: 80
          selector:
            app.kubernetes.io/name: proxy
            app.kubernetes.io/part-of: nginx-aspnet
          type: LoadBalancer
        ---
        apiVersion: v1
        kind: Service
        metadata:
          labels:
            app.kubernetes.io/managed-by: mixcompose
            app.kubernetes.io/name: web
            app.kubernetes.io/part-of: nginx-aspnet
          name: web
          namespace: default
        spec:
          clusterIP: None
          selector:
            app.kubernetes.io/name: web
            app.kubernetes.io/part-of: nginx-aspnet
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          labels:
            app.kubernetes.io/managed-by: mixcompose
            app.kubernetes.io/name: proxy
            app.kubernetes.io/part-of: nginx-aspnet
          name: proxy
          namespace: default
        spec:
          replicas: 1
          selector:
            matchLabels:
              app.kubernetes.io/name: proxy
              app.kubernetes.io/part-of: nginx-aspnet
          template:
            metadata:
              labels:
                app.kubernetes.io/managed-by: mixcompose
                app.kubernetes.io/name: proxy
                app.kubernetes.io/part-of: nginx-aspnet
            spec:
              containers:
                -
                  env:
                    -
                      name: WEB_HOST
                      value: web
                    -
                      name: WEB_PORT
                      value: "8080"
                  image: nginx:1.27-alpine
                  name: proxy
                  ports:
                    -
                      containerPort: 80
                      protocol: TCP
                  volumeMounts:
                    -
                      mountPath: /etc/nginx/templates/default.conf.template
                      name: volume-0
                      readOnly: true
                      subPath: default.conf.template
              initContainers:
                -
                  command:
                    - sh
                    - "-c"
                    - until nslookup web; do echo waiting for web; sleep 2; done
                  image: busybox:1.37
                  name: wait-for-web
              nodeSelector:
                kubernetes.io/os: linux
              os:
                name: linux
              volumes:
                -
                  configMap:
                    name: proxy-default-conf-template
                  name: volume-0
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          labels:
            app.kubernetes.io/managed-by: mixcompose
            app.kubernetes.io/name: web
            app.kubernetes.io/part-of: nginx-aspnet
          name: web
          namespace: default
        spec:
          replicas: 1
          selector:
            matchLabels:
              app.kubernetes.io/name: web
              app.kubernetes.io/part-of: nginx-aspnet
          template:
            metadata:
              labels:
                app.kubernetes.io/managed-by: mixcompose
                app.kubernetes.io/name: web
                app.kubernetes.io/part-of: nginx-aspnet
            spec:
              containers:
                -
                  env:
                    -
                      name: ASPNETCORE_HTTP_PORTS
                      value: "8080"
                  image: mcr.microsoft.com/dotnet/samples:aspnetapp-nanoserver-ltsc2022
                  name: web
                  readinessProbe:
                    exec:
                      command:
                        - curl.exe
                        - "--fail"
                        - "--silent"
                        - http://localhost:8080/healthz
                    failureThreshold: 24
                    initialDelaySeconds: 10
                    periodSeconds: 5
                    timeoutSeconds: 5
              nodeSelector:
                kubernetes.io/os: windows
                node.kubernetes.io/windows-build: 10.0.20348
              os:
                name: windows
              tolerations:
                -
                  effect: NoSchedule
                  key: os
                  operator: Equal
                  value: windows
        """
}
