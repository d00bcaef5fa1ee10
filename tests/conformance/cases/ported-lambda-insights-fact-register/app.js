// Conformance case 'ported-lambda-insights-fact-register': aws-cdk's lambda-insights.test.ts 'can create
// two functions, with different architectures in a region agnostic stack with the same version' ported
// literally, with its Fact.register of a replacing fact (eu-west-1's 1.0.119.0 arm64 layer becomes
// 'CompletelyDifferent'): the CloudwatchlambdainsightsversionMap row of eu-west-1 holds it.
// aws-cdk-lib's fact database is one per process (the runner requires every app.js in one node), so
// the fact is put back after the synth; ccdk's facts are the App's (ccdk_fact_register).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const { Fact, FactName } = require('aws-cdk-lib/region-info');

function functionWithInsightsVersion(stack, id, insightsVersion, architecture) {
  return new lambda.Function(stack, id, {
    functionName: id,
    code: new lambda.InlineCode('foo'),
    handler: 'index.handler',
    runtime: lambda.Runtime.NODEJS_LATEST,
    architecture,
    insightsVersion,
  });
}

const factName = FactName.cloudwatchLambdaInsightsVersion('1.0.119.0', 'arm64');
const original = Fact.find('eu-west-1', factName);
Fact.register({ name: factName, region: 'eu-west-1', value: 'CompletelyDifferent' }, true);
try {
  const app = new cdk.App();
  const stack = new cdk.Stack(app, 'Stack', {});

  functionWithInsightsVersion(stack, 'MyLambda1', lambda.LambdaInsightsVersion.VERSION_1_0_119_0);
  functionWithInsightsVersion(stack, 'MyLambda2', lambda.LambdaInsightsVersion.VERSION_1_0_119_0, lambda.Architecture.ARM_64);

  app.synth();
} finally {
  if (original === undefined) {
    Fact.unregister('eu-west-1', factName);
  } else {
    Fact.register({ name: factName, region: 'eu-west-1', value: original }, true);
  }
}
