// Conformance case 'integ-lambda-runtime-fromasset': aws-lambda test/integ.runtime.fromasset.ts
// (the IntegTest and its invokeFunction assertions are dropped; my-app-1.0-SNAPSHOT.zip is a small
// zip of our own).
'use strict';
const { App, Stack } = require('aws-cdk-lib');
const { Function, Code, Runtime } = require('aws-cdk-lib/aws-lambda');
const path = require('path');

const app = new App({
  postCliContext: {
    '@aws-cdk/aws-lambda:useCdkManagedLogGroup': false,
  },
});
const stack = new Stack(app, 'aws-cdk-lambda-runtime-fromasset');

new Function(stack, 'MyFunctionJava21', {
  runtime: Runtime.JAVA_21,
  handler: 'com.mycompany.app.LambdaMethodHandler::handleRequest',
  code: Code.fromAsset(path.join(__dirname, 'my-app-1.0-SNAPSHOT.zip')),
});

new Function(stack, 'MyFunctionJava25', {
  runtime: Runtime.JAVA_25,
  handler: 'com.mycompany.app.LambdaMethodHandler::handleRequest',
  code: Code.fromAsset(path.join(__dirname, 'my-app-1.0-SNAPSHOT.zip')),
});

app.synth();
