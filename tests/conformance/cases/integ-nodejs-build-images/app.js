// Conformance case 'integ-nodejs-build-images': aws-lambda-nodejs test/integ.nodejs.build.images.ts,
// a NodejsFunction (minify, source maps: both) per distinct runtime of NODEJS_18_X, NODEJS_20_X,
// NODEJS_LATEST and NODEJS_22_X (runtimeEquals), and after synth a check that each function's
// asset folder holds index.js. The handler imports 'delay' (a stand-in in node_modules/).
// Dropped: the IntegTest and its invokeFunction assertions; ValidationError (thrown with a stack
// scope in the original) is a plain Error here, and app.c does not repeat the post-synth check.
'use strict';
const path = require('path');
const fs = require('fs');
const cdk = require('aws-cdk-lib');
const lambdaNodeJs = require('aws-cdk-lib/aws-lambda-nodejs');
const { Runtime } = require('aws-cdk-lib/aws-lambda');

class TestStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    this.lambdaFunctions = [];

    const runtimes = [
      Runtime.NODEJS_18_X, Runtime.NODEJS_20_X, Runtime.NODEJS_LATEST, Runtime.NODEJS_22_X,
    ];

    const uniqueRuntimes = runtimes.filter((value, index, array) => array.findIndex(value1 => value1.runtimeEquals(value)) === index);

    uniqueRuntimes.forEach((runtime) => {
      this.lambdaFunctions.push(new lambdaNodeJs.NodejsFunction(this, `func-${runtime.name}`, {
        entry: path.join(__dirname, 'integ-handlers/dependencies.ts'),
        runtime: runtime,
        bundling: {
          minify: true,
          sourceMap: true,
          sourceMapMode: lambdaNodeJs.SourceMapMode.BOTH,
        },
      }));
    });
  }
}

const app = new cdk.App();
const stack = new TestStack(app, 'cdk-integ-lambda-nodejs-latest');

// Ensure that the code is bundled
const assembly = app.synth();

stack.lambdaFunctions.forEach((func) => {
  const template = assembly.getStackArtifact(stack.artifactId).template;
  const resourceName = stack.getLogicalId(func.node.defaultChild);
  const resource = template.Resources[resourceName];

  if (!resource || resource.Type !== 'AWS::Lambda::Function') {
    throw new Error(`Could not find Lambda function resource for ${func.functionName}`);
  }

  const s3Bucket = resource.Properties.Code.S3Bucket;
  const s3Key = resource.Properties.Code.S3Key;

  if (!s3Bucket || !s3Key) {
    throw new Error(`Could not find S3 location for function ${func.functionName}`);
  }

  const assetId = s3Key.split('.')[0]; // S3Key format is <hash>.zip"
  const assetDir = path.join(assembly.directory, `asset.${assetId}`);

  if (!fs.existsSync(assetDir) || !fs.statSync(assetDir).isDirectory()) {
    throw new Error(`Asset directory does not exist for function ${func.functionName}: ${assetDir}`);
  }

  const indexPath = path.join(assetDir, 'index.js');
  if (!fs.existsSync(indexPath)) {
    throw new Error(`index.js not found in asset directory for function ${func.functionName}`);
  }
});
