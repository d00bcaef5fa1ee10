// Conformance case 'integ-nodejs-dependencies': aws-lambda-nodejs test/integ.dependencies.ts, the
// stack 'cdk-integ-lambda-nodejs-dependencies-for-sdk-v3-use-lambda-provided-sdk' only: a
// NodejsFunction on NODEJS_18_X whose handler imports an @aws-sdk/* client (external).
// bundling.useLambdaProvidedAwsSdk is newer than aws-cdk-lib 2.276.0 (an unknown prop there, so
// not given here; 2.276.0's default externals are the same @aws-sdk/*). Dropped: the IntegTest and
// its invokeFunction assertions, the stack 'cdk-integ-lambda-nodejs-dependencies'
// (forceDockerBundling with nodeModules: needs Docker) and the stack
// 'cdk-integ-lambda-nodejs-dependencies-for-sdk-v3' (a beforeBundling hook running
// `npm install --ci`: needs the network).
'use strict';
const path = require('path');
const { Runtime } = require('aws-cdk-lib/aws-lambda');
const { App, Stack } = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda-nodejs');

class SdkV3TestStack extends Stack {
  constructor(scope, id, useLambdaProvidedSdk = false, props) {
    super(scope, id, props);

    // This function uses @aws-sdk/* but it will not be included
    this.lambdaFunction = new lambda.NodejsFunction(this, 'external-sdk-v3', {
      entry: path.join(__dirname, 'integ-handlers/dependencies-sdk-v3.ts'),
      runtime: Runtime.NODEJS_18_X,
    });
  }
}

const app = new App();
new SdkV3TestStack(app, 'cdk-integ-lambda-nodejs-dependencies-for-sdk-v3-use-lambda-provided-sdk', true);

app.synth();
