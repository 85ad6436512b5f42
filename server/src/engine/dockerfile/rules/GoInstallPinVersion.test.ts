import { ruleCases } from '../../../../../test/harness/check';

ruleCases('GoInstallPinVersion', {
  fires: [
    `
    FROM golang:1.22
    RUN go install golang.org/x/tools/gopls@latest && go install github.com/go-delve/delve/cmd/dlv
                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ GoInstallPinVersion
                                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ GoInstallPinVersion
    `,
    `
    FROM golang:1.22
    RUN go run github.com/acme/gen@main ./api
               ^^^^^^^^^^^^^^^^^^^^^^^^ GoInstallPinVersion
    `,
  ],
  quiet: [
    `
    FROM golang:1.22
    RUN go install golang.org/x/tools/gopls@v0.16.1 && go install ./cmd/... && go install .
    RUN go get -d -v ./... && go build -o /app ./cmd/app && go run main.go
    RUN go run github.com/acme/gen@v1.2.3 --out /tmp/x
    RUN go install github.com/acme/tool@\${TOOL_VERSION} && go mod download
    `,
  ],
});
