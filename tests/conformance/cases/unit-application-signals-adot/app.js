// Conformance case 'unit-application-signals-adot': what of aws-cdk's application-signals.test.ts
// (aws-lambda) aws-cdk-lib 2.276.0 can express. ApplicationSignalsLambdaLayer*Version,
// AdotLayerVersion.fromApplicationSignals*LayerVersion and AdotLambdaExecWrapper.APPLICATION_SIGNALS
// came after 2.276.0; the 'Standard ADOT layer still works with other wrappers' test does not need
// them, and the first two tests' manual set-up (addLayers of an imported layer, the exec wrapper
// variable, the managed policy) is here with a literal layer ARN in place of the Application Signals
// layer's. Each test's `new cdk.Stack()` is a named stack.
// Ported from aws-cdk: application-signals.test.ts 'Standard ADOT layer still works with other
// wrappers', and (their set-up) 'Python Application Signals layer can be added to a function',
// 'Node.js Application Signals layer can be added to a function'
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();

// 'Standard ADOT layer still works with other wrappers'
{
  const stack = new cdk.Stack(app, 'StandardAdotStack');
  new lambda.Function(stack, 'MyFunction', {
    runtime: lambda.Runtime.PYTHON_3_12,
    handler: 'index.handler',
    code: lambda.Code.fromInline('def handler(event, context): pass'),
    adotInstrumentation: {
      layerVersion: lambda.AdotLayerVersion.fromPythonSdkLayerVersion(lambda.AdotLambdaLayerPythonSdkVersion.LATEST),
      execWrapper: lambda.AdotLambdaExecWrapper.INSTRUMENT_HANDLER,
    },
  });
}

// the Python test's set-up
{
  const stack = new cdk.Stack(app, 'PythonStack');
  const fn = new lambda.Function(stack, 'MyFunction', {
    runtime: lambda.Runtime.PYTHON_3_12,
    handler: 'index.handler',
    code: lambda.Code.fromInline('def handler(event, context): return {"statusCode": 200}'),
  });
  fn.addLayers(lambda.LayerVersion.fromLayerVersionArn(stack, 'AppSignalsLayer',
    'arn:aws:lambda:us-east-1:615299751070:layer:AWSOpenTelemetryDistroPython:19'));
  fn.addEnvironment('AWS_LAMBDA_EXEC_WRAPPER', '/opt/otel-instrument');
  fn.role?.addManagedPolicy(
    iam.ManagedPolicy.fromAwsManagedPolicyName('CloudWatchLambdaApplicationSignalsExecutionRolePolicy'),
  );
}

// the Node.js test's set-up
{
  const stack = new cdk.Stack(app, 'NodeStack');
  const fn = new lambda.Function(stack, 'MyFunction', {
    runtime: lambda.Runtime.NODEJS_20_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => {}'),
  });
  fn.addLayers(lambda.LayerVersion.fromLayerVersionArn(stack, 'AppSignalsLayer',
    'arn:aws:lambda:us-east-1:615299751070:layer:AWSOpenTelemetryDistroJs:8'));
}

app.synth();
