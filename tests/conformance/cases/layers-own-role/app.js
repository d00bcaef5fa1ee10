// Conformance case 'layers-own-role': the extension layers on functions with a role of their own:
// insightsVersion (the insights managed policy added to the given role), adotInstrumentation with
// tracing PASS_THROUGH (the X-Ray statement on the given role), paramsAndSecrets beside layers of the
// function's own; in us-east-1.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'stack', { env: { region: 'us-east-1' } });
const role = (id) => new iam.Role(stack, id, { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
const base = { code: new lambda.InlineCode('foo'), handler: 'index.handler' };
new lambda.Function(stack, 'Insights', {
  ...base,
  runtime: lambda.Runtime.NODEJS_22_X,
  role: role('InsightsRole'),
  insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_498_0,
});
new lambda.Function(stack, 'Adot', {
  ...base,
  runtime: lambda.Runtime.PYTHON_3_12,
  role: role('AdotRole'),
  tracing: lambda.Tracing.PASS_THROUGH,
  adotInstrumentation: {
    layerVersion: lambda.AdotLayerVersion.fromPythonSdkLayerVersion(lambda.AdotLambdaLayerPythonSdkVersion.LATEST),
    execWrapper: lambda.AdotLambdaExecWrapper.INSTRUMENT_HANDLER,
  },
});
new lambda.Function(stack, 'Params', {
  ...base,
  runtime: lambda.Runtime.NODEJS_22_X,
  role: role('ParamsRole'),
  layers: [lambda.LayerVersion.fromLayerVersionArn(stack, 'Own', 'arn:aws:lambda:us-east-1:123456789012:layer:own:1')],
  insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_404_0,
  paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersion(lambda.ParamsAndSecretsVersions.V1_0_103),
});

app.synth();
