// Conformance case 'nodejs-docker-precompilation': bundling.test.ts's 'esbuild bundling with pre
// compilations' and 'Docker bundling with preCompilation uses getTsconfigCompilerOptionsArray for
// proper escaping' (forceDockerBundling), with a docker client of the case's own (fake-docker, as
// CDK_DOCKER; see nodejs-docker-bundling): the `bash -c` command, in the bundle (commands.txt),
// runs the image's tsc on the entry with the compiler options of the nearest tsconfig.json and the
// file it extends (the nearer winning; sorted; booleans, false ones followed by `false`; strings,
// one with a space; arrays joined by commas, an empty one; objects and null skipped; composite,
// charset, noEmit and tsBuildInfoFile left out; incremental false, rootDir and outDir "./"; each
// shell-escaped), --ignoreConfig when the image's tsc is 6 or later, then esbuild on the .js (.jsx
// for a .tsx entry). A stack per function: the nearest tsconfig.json, a .tsx entry, a tsconfig given.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

process.env.CDK_DOCKER = path.join(__dirname, 'fake-docker');
const app = new cdk.App();
const runtime = lambda.Runtime.NODEJS_20_X;
function fn(stackId, entry, bundling) {
  const stack = new cdk.Stack(app, stackId);
  new nodejs.NodejsFunction(stack, 'Fn', { entry, runtime, bundling: { ...bundling, preCompilation: true, forceDockerBundling: true } });
}

fn('PreCompilation', 'lib/handler.ts', {});
fn('PreCompilationTsx', 'lib/view.tsx', {});
// absolute: aws-cdk-lib reads the tsconfig with require(), which takes a relative path from its own
// folder (and fails: "Cannot find module"); ccdk's relative paths are from the working directory
fn('PreCompilationTsconfig', 'custom/handler.ts', { tsconfig: path.join(__dirname, 'custom/tsconfig.custom.json') });

app.synth();
