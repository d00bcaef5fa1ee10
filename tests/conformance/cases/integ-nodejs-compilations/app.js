// Conformance case 'integ-nodejs-compilations': aws-lambda-nodejs test/integ.compilations.ts,
// preCompilation with minify and source maps (both), with the nearest tsconfig.json and with a
// custom one, the App's postCliContext turning off @aws-cdk/aws-lambda:useCdkManagedLogGroup.
// The integ file's folder is test/ here (tsconfig-custom.json one level up, as in aws-cdk). No
// tsc is installed, so (in aws-cdk-lib and ccdk alike) there is no tsc step and esbuild bundles
// the .js next to the .ts entry, as aws-cdk's checked-in ts-decorator-handler.js. Nothing dropped.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda-nodejs');
const { Runtime } = require('aws-cdk-lib/aws-lambda');

const STANDARD_NODEJS_RUNTIME = Runtime.NODEJS_18_X; // framework-integ's test/config.ts
const testDir = path.join(__dirname, 'test'); // the integ file's __dirname

class TestStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    new lambda.NodejsFunction(this, 'ts-decorator-handler', {
      entry: path.join(testDir, 'integ-handlers/ts-decorator-handler.ts'),
      bundling: {
        minify: true,
        sourceMap: true,
        sourceMapMode: lambda.SourceMapMode.BOTH,
        preCompilation: true,
      },
      runtime: STANDARD_NODEJS_RUNTIME,
    });

    new lambda.NodejsFunction(this, 'ts-decorator-handler-tsconfig', {
      entry: path.join(testDir, 'integ-handlers/ts-decorator-handler.ts'),
      bundling: {
        minify: true,
        sourceMap: true,
        sourceMapMode: lambda.SourceMapMode.BOTH,
        tsconfig: path.join(testDir, '..', 'tsconfig-custom.json'),
        preCompilation: true,
      },
      runtime: STANDARD_NODEJS_RUNTIME,
    });
  }
}

const app = new cdk.App({
  postCliContext: {
    '@aws-cdk/aws-lambda:useCdkManagedLogGroup': false,
  },
});
new TestStack(app, 'cdk-integ-compilations-lambda-nodejs');
app.synth();
