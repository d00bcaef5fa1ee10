// Conformance case 'unit-code-docker-build': code.test.ts's lambda.Code.fromDockerBuild tests with a
// docker client of the case's own (fake-docker, as CDK_DOCKER; the tests mock DockerImage.fromBuild):
// 'can use the result of a Docker build as an asset' (the default imagePath /asset/., the asset
// metadata under aws:cdk:enable-asset-metadata), 'fromDockerBuild appends /. to an image path not
// ending with a /', 'fromDockerBuild appends . to an image path ending with a /', and a path that
// ends with /. already. What `docker cp` was asked for is in each asset (container-path.txt).
// The cdk-docker-cp-* directories `docker cp` fills (which aws-cdk-lib leaves behind) go to a TMPDIR
// of the case's own, removed at the end.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const cdk = require('aws-cdk-lib');
const cxapi = require('aws-cdk-lib/cx-api');
const lambda = require('aws-cdk-lib/aws-lambda');

process.env.CDK_DOCKER = path.join(__dirname, 'fake-docker');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ccdk-docker-build-'));
process.env.TMPDIR = tmp; // before aws-cdk-lib first reads os.tmpdir() (FileSystem.tmpdir keeps it)
const build = path.join(__dirname, 'build');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
stack.node.setContext(cxapi.ASSET_RESOURCE_METADATA_ENABLED_CONTEXT, true);
new lambda.Function(stack, 'Fn', {
  code: lambda.Code.fromDockerBuild(build),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
});
const paths = { NoSlash: '/my/image/path', Slash: '/my/image/path/', SlashDot: '/my/image/path/.' };
for (const [id, imagePath] of Object.entries(paths)) {
  const s = new cdk.Stack(app, `${id}Stack`);
  new lambda.Function(s, 'Fn', {
    code: lambda.Code.fromDockerBuild(build, { imagePath }),
    handler: 'index.handler',
    runtime: lambda.Runtime.NODEJS_LATEST,
  });
}
app.synth();
fs.rmSync(tmp, { recursive: true, force: true });
