// Conformance case 'core-cfn-resource-escape-hatch': core: CfnResource, overrides, DependsOn, removal policy, CfnOutput/Parameter/Condition/Mapping
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

const param = new cdk.CfnParameter(stack, 'Stage', {
  type: 'String',
  default: 'dev',
  allowedValues: ['dev', 'prod'],
  description: 'Deployment stage',
});

const isProd = new cdk.CfnCondition(stack, 'IsProd', {
  expression: cdk.Fn.conditionEquals(param.valueAsString, 'prod'),
});

const mapping = new cdk.CfnMapping(stack, 'RegionMap', {
  mapping: {
    'us-east-1': { size: 'large', count: 3 },
    'eu-west-1': { size: 'small', count: 1 },
  },
});

const thing = new cdk.CfnResource(stack, 'Thing', {
  type: 'Custom::Thing',
  properties: {
    ServiceToken: 'arn:aws:lambda:us-east-1:123456789012:function:provider',
    Stage: param.valueAsString,
    Size: mapping.findInMap(cdk.Aws.REGION, 'size'),
    Nested: { Zeta: 1, Alpha: [1, 'two', true, null, -1.5, 0.1, 1e21, 123456789012], Remove: 'me' },
  },
});
thing.addPropertyOverride('Nested.Added', 'override');
thing.addPropertyOverride('Nested.Alpha.1', 'TWO');
thing.addPropertyDeletionOverride('Nested.Remove');
thing.addOverride('Metadata.Note', 'escape hatch');
thing.applyRemovalPolicy(cdk.RemovalPolicy.RETAIN);
thing.cfnOptions.condition = isProd;

const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
});
const cfnFn = fn.node.defaultChild;
cfnFn.addPropertyOverride('MemorySize', 256);
cfnFn.addPropertyOverride('Environment.Variables.FROM_OVERRIDE', 'yes');
cfnFn.addDeletionOverride('Properties.Handler');
cfnFn.addOverride('Properties.Handler', 'index.other');
fn.node.addDependency(thing);

// a plain CfnResource, as app.c makes it (ccdk has no CfnWaitConditionHandle class: tree.json names the class)
const waitHandle = new cdk.CfnResource(stack, 'WaitHandle', { type: 'AWS::CloudFormation::WaitConditionHandle' });
thing.addDependency(waitHandle);

new cdk.CfnOutput(stack, 'ThingArn', {
  value: thing.getAtt('Arn').toString(),
  description: 'The thing',
  exportName: 'ThingArnExport',
  condition: isProd,
});
new cdk.CfnOutput(stack, 'Count', { value: cdk.Token.asString(mapping.findInMap('us-east-1', 'count')) });

app.synth();
