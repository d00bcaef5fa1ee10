// Conformance case 'ported-nodejs-bundling-util' (util.test.ts's extractDependencies and
// getTsconfigCompilerOptions, through bundling.test.ts's Docker bundling), with a docker client of
// the case's own (fake-docker, as CDK_DOCKER; see nodejs-docker-bundling): the `bash -c` command of
// each bundle is in the bundle (commands.txt). A module given twice in nodeModules (externalized
// twice, in the package.json once), a module both external and a nodeModule, file: versions
// (a trailing slash, '.', '..', a doubled slash and '.', after another prefix, a
// space), an empty nodeModules (still a package.json, the lock file and the install), a dependency whose peerDependencies entry is null (the installed version), and
// preCompilation with a tsconfig.json that extends './base' (no extension) and has a key twice, an
// array with null, a number and a boolean, an object and an empty array.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

process.env.CDK_DOCKER = path.join(__dirname, 'fake-docker');
const app = new cdk.App();
const runtime = lambda.Runtime.NODEJS_20_X;
function fn(stackId, dir, bundling) {
  const stack = new cdk.Stack(app, stackId);
  new nodejs.NodejsFunction(stack, 'Fn', {
    entry: `${dir}/handler.ts`,
    depsLockFilePath: `${dir}/package-lock.json`,
    runtime,
    bundling: { ...bundling, forceDockerBundling: true },
  });
}

fn('DupModules', 'deps', { nodeModules: ['delay', 'delay'] });
fn('ExternalAndModule', 'deps', { externalModules: ['delay'], nodeModules: ['delay'] });
fn('FileVersions', 'deps', { nodeModules: ['trailing', 'dot', 'up', 'doubled', 'linked', 'spaced'] });
fn('EmptyModules', 'deps', { nodeModules: [] });
fn('PeerNull', 'deps', { nodeModules: ['constructs'] });
fn('PreCompilation', 'pre', { preCompilation: true });

app.synth();
