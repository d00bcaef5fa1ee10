// Conformance case 'unit-core-asset-staging-docker': aws-cdk's core private/asset-staging.test.ts
// ('AssetBundlingVolumeCopy bundles with volume copy', 'AssetBundlingBindMount bundles with bind
// mount') with a docker client of the case's own (fake-docker, as CDK_DOCKER; the tests stub
// spawnSync): every docker command of the bundling, logged, is the bundled asset (commands.txt).
// VOLUME_COPY: the two volumes, the alpine copy container (mkdir, chown to the user), `docker cp`
// in, the bundling `docker run --volumes-from` (with --platform, without --network), `docker cp`
// out; BIND_MOUNT: the `docker run` with --network, --platform, -u and the -v mounts.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

process.env.CDK_DOCKER = path.join(__dirname, 'fake-docker');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const access = { VolumeCopy: cdk.BundlingFileAccess.VOLUME_COPY, BindMount: cdk.BundlingFileAccess.BIND_MOUNT };
for (const [id, bundlingFileAccess] of Object.entries(access)) {
  new lambda.Function(stack, id, {
    code: lambda.Code.fromAsset(path.join(__dirname, 'handler'), {
      bundling: {
        image: cdk.DockerImage.fromRegistry('public.ecr.aws/docker/library/alpine'),
        command: ['sh', '-c', 'cp -R . /asset-output'],
        user: '1000',
        network: 'host',
        platform: 'linux/amd64',
        bundlingFileAccess,
      },
    }),
    runtime: lambda.Runtime.PYTHON_3_12,
    handler: 'index.handler',
  });
}
app.synth();
