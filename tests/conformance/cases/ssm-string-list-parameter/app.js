// Conformance case 'ssm-string-list-parameter': StringListParameter for a function: a new one (name,
// description, tier, allowedPattern; its value Fn.join, its stringListValue Fn.split of the
// resource's Value), StringListParameter.fromStringListParameterName (Fn.split of a dynamic
// reference), fromListParameterAttributes (a CfnParameter of type List<...>, or with a version a
// dynamic reference), valueForTypedListParameter (reused), the grants on each and their types.
// Upstream: aws-ssm/test/parameter.test.ts 'creating a StringList SSM Parameter',
// 'StringListParameter.fromName', 'fromListParameterAttributes', 'fromListParameterAttributes with
// version', 'StringListParameter.valueForTypedListParameter', 'StringList SSM Parameter allows
// unresolved tokens'.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const ssm = require('aws-cdk-lib/aws-ssm');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const regions = new ssm.StringListParameter(stack, 'Regions', {
  parameterName: '/app/regions',
  description: 'The regions',
  allowedPattern: '^[a-z0-9-]+$',
  tier: ssm.ParameterTier.STANDARD,
  stringListValue: ['us-east-1', 'eu-west-1'],
});
const unnamed = new ssm.StringListParameter(stack, 'Unnamed', {
  allowedPattern: '^(Foo|Bar)$',
  stringListValue: ['Foo', cdk.Lazy.string({ produce: () => 'Baz!' })],
});
const byName = ssm.StringListParameter.fromStringListParameterName(stack, 'ByName', '/app/hosts');
const subnets = ssm.StringListParameter.fromListParameterAttributes(stack, 'Subnets', {
  parameterName: '/net/subnets', elementType: ssm.ParameterValueType.AWS_EC2_SUBNET_ID,
});
const pinned = ssm.StringListParameter.fromListParameterAttributes(stack, 'Pinned', { parameterName: 'pinned', version: 7 });
const zones = ssm.StringListParameter.valueForTypedListParameter(stack, '/net/zones', ssm.ParameterValueType.AWS_EC2_AVAILABILITYZONE_NAME);
const zonesAgain = ssm.StringListParameter.valueForTypedListParameter(stack, '/net/zones', ssm.ParameterValueType.AWS_EC2_AVAILABILITYZONE_NAME);
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
  environment: {
    REGIONS: cdk.Fn.join(';', regions.stringListValue),
    UNNAMED: cdk.Fn.join(';', unnamed.stringListValue),
    HOSTS: cdk.Fn.join(';', byName.stringListValue),
    SUBNETS: cdk.Fn.join(';', subnets.stringListValue),
    PINNED: cdk.Fn.join(';', pinned.stringListValue),
    ZONES: cdk.Fn.join(';', zones),
    ZONES_AGAIN: cdk.Fn.join(';', zonesAgain),
    TYPES: [regions.parameterType, byName.parameterType, subnets.parameterType, pinned.parameterType].join(' '),
  },
});
regions.grantRead(fn);
unnamed.grantWrite(fn);
byName.grantRead(fn);
subnets.grantRead(fn);
new cdk.CfnOutput(stack, 'RegionsArn', { value: regions.parameterArn });
new cdk.CfnOutput(stack, 'RegionsName', { value: regions.parameterName });
new cdk.CfnOutput(stack, 'UnnamedArn', { value: unnamed.parameterArn });
app.synth();
