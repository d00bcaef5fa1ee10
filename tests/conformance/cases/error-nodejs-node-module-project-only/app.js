// Conformance case 'error-nodejs-node-module-project-only': a nodeModules entry that package.json
// does not name and that is installed in the project (project/node_modules/left-pad) only:
// aws-cdk-lib looks for its version with require() from its own folder (util.ts
// tryGetModuleVersionFromRequire), which does not see the project's node_modules, so
// extractDependencies fails.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new nodejs.NodejsFunction(stack, 'Fn', {
  entry: 'project/handler.ts', depsLockFilePath: 'project/package-lock.json', runtime: lambda.Runtime.NODEJS_20_X,
  bundling: { nodeModules: ['left-pad'] },
});
app.synth();
