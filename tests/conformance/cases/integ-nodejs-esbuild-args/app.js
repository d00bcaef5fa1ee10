// Conformance case 'integ-nodejs-esbuild-args': aws-lambda-nodejs test/integ.esbuildArgs.ts,
// esbuildArgs (--log-limit, --out-extension .js=.mjs) with minify, source maps (both) and command
// hooks that count their calls. Dropped: the IntegTest.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda-nodejs');
const { Runtime } = require('aws-cdk-lib/aws-lambda');

const STANDARD_NODEJS_RUNTIME = Runtime.NODEJS_18_X; // framework-integ's test/config.ts

class TestStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    // assert that beforeBundling/afterBundling are called only once
    let beforeBundlingCallCount = 0;
    let afterBundlingCallCount = 0;

    new lambda.NodejsFunction(this, 'ts-handler', {
      entry: path.join(__dirname, 'integ-handlers/ts-handler.ts'),
      runtime: STANDARD_NODEJS_RUNTIME,
      bundling: {
        minify: true,
        sourceMap: true,
        sourceMapMode: lambda.SourceMapMode.BOTH,
        esbuildArgs: {
          '--log-limit': '0',
          '--out-extension': '.js=.mjs',
        },
        commandHooks: {
          beforeBundling() {
            if (1 < beforeBundlingCallCount) {
              throw new Error('afterBundling should called only once');
            }
            beforeBundlingCallCount++;
            return [];
          },
          afterBundling() {
            if (1 < afterBundlingCallCount) {
              throw new Error('afterBundling should called only once');
            }
            afterBundlingCallCount++;
            return [];
          },
          beforeInstall() {
            return [];
          },
        },
      },
    });
  }
}

const app = new cdk.App();
new TestStack(app, 'cdk-integ-lambda-nodejs-esbuildArgs');
app.synth();
