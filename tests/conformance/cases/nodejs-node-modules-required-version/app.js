// Conformance case 'nodejs-node-modules-required-version': util.ts extractDependencies takes the
// version of a nodeModules entry that package.json does not name from require(`${mod}/package.json`)
// in aws-cdk-lib's own folder (tryGetModuleVersionFromRequire): 'semver' is only in
// aws-cdk-lib's node_modules (its bundled dependency), not in the project's; 'delay' is in
// package.json. Docker bundling with a docker client of the case's own (fake-docker, as
// CDK_DOCKER; see nodejs-docker-bundling): the bundle is the `bash -c` command, which writes the
// package.json of the versions.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

process.env.CDK_DOCKER = path.join(__dirname, 'fake-docker');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new nodejs.NodejsFunction(stack, 'Fn', {
  entry: 'project/handler.ts', depsLockFilePath: 'project/package-lock.json', runtime: lambda.Runtime.NODEJS_20_X,
  bundling: { nodeModules: ['delay', 'semver'], forceDockerBundling: true },
});
app.synth();
