// Conformance case 'lambda-layers-registered-facts': Fact.register of the region-info facts that
// lambda's layers look up, in regions that lack them: Lambda Insights 1.0.54.0 and an ADOT Java SDK
// 1.31.0 layer in af-south-1 (a stack there, and an environment-agnostic stack whose
// CloudwatchlambdainsightsversionMap gains the af-south-1 row), the Parameters and Secrets arm64 layer
// in eu-central-2. Without the facts each is aws-cdk-lib's error (error-insights-unsupported-region,
// error-params-and-secrets-region). aws-cdk-lib's fact database is one per process (the runner
// requires every app.js in one node), so the facts are unregistered after the synth; ccdk's are the
// App's (ccdk_fact_register).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const { Fact, FactName } = require('aws-cdk-lib/region-info');

const facts = [
  ['af-south-1', FactName.cloudwatchLambdaInsightsVersion('1.0.54.0', 'x86_64'), 'arn:aws:lambda:af-south-1:111111111111:layer:MyInsights:3'],
  ['af-south-1', FactName.adotLambdaLayer('JAVA_SDK', '1.31.0', 'x86_64'), 'arn:aws:lambda:af-south-1:111111111111:layer:MyAdotJava:1'],
  ['eu-central-2', FactName.paramsAndSecretsLambdaLayer('1.0.103', 'arm64'), 'arn:aws:lambda:eu-central-2:222222222222:layer:MyParamsAndSecrets-Arm64:2'],
];
for (const [region, name, value] of facts) {
  Fact.register({ region, name, value });
}
try {
  const app = new cdk.App();
  {
    const stack = new cdk.Stack(app, 'CapeTown', { env: { region: 'af-south-1' } });
    new lambda.Function(stack, 'Function', {
      code: new lambda.InlineCode('foo'),
      handler: 'index.handler',
      runtime: lambda.Runtime.NODEJS_20_X,
      insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_54_0,
    });
    stack.exportValue(lambda.AdotLambdaLayerJavaSdkVersion.V1_31_0.layerArn(stack, lambda.Architecture.X86_64), { name: 'JavaV1310' });
  }
  {
    const stack = new cdk.Stack(app, 'Agnostic');
    new lambda.Function(stack, 'Function', {
      code: new lambda.InlineCode('foo'),
      handler: 'index.handler',
      runtime: lambda.Runtime.NODEJS_20_X,
      insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_54_0,
    });
  }
  {
    const stack = new cdk.Stack(app, 'Zurich', { env: { region: 'eu-central-2' } });
    new lambda.Function(stack, 'Function', {
      code: new lambda.InlineCode('foo'),
      handler: 'index.handler',
      runtime: lambda.Runtime.NODEJS_20_X,
      architecture: lambda.Architecture.ARM_64,
      paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersion(lambda.ParamsAndSecretsVersions.V1_0_103),
    });
  }
  app.synth();
} finally {
  for (const [region, name] of facts) {
    Fact.unregister(region, name);
  }
}
