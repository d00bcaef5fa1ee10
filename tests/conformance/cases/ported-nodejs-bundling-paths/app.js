// Conformance case 'ported-nodejs-bundling-paths' (bundling.test.ts's Docker command lines, the
// paths in them), with a docker client of the case's own (fake-docker, as CDK_DOCKER; see
// nodejs-docker-bundling): a tsconfig outside the projectRoot, an entry, a lock file and a tsconfig
// given with '.' and '..' segments, ESM output with a metafile and both source maps, an empty
// target, banner and footer.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

process.env.CDK_DOCKER = path.join(__dirname, 'fake-docker');
const app = new cdk.App();
const runtime = lambda.Runtime.NODEJS_20_X;
function fn(stackId, entry, lock, bundling) {
  const stack = new cdk.Stack(app, stackId);
  new nodejs.NodejsFunction(stack, 'Fn', {
    entry, depsLockFilePath: lock, projectRoot: 'proj', runtime, bundling: { ...bundling, forceDockerBundling: true },
  });
}

fn('TsconfigOutside', 'proj/handler.ts', 'proj/package-lock.json', { tsconfig: 'shared/tsconfig.json' });
fn('DotSegments', 'proj/sub/../handler.ts', 'proj/./sub/../package-lock.json', { tsconfig: './proj/sub/../tsconfig.json' });
fn('EsmOutputs', 'proj/handler.ts', 'proj/package-lock.json', {
  format: nodejs.OutputFormat.ESM, metafile: true, sourceMap: true, sourceMapMode: nodejs.SourceMapMode.BOTH,
  target: '', banner: '', footer: '', inject: ['../shared/shim.js'],
});

app.synth();
