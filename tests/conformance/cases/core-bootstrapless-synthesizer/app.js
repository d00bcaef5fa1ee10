// Conformance case 'core-bootstrapless-synthesizer': BootstraplessSynthesizer (no test file of its own
// in aws-cdk): with no props (the default deploy and CloudFormation execution roles, the stack
// artifact's only bootstrap properties: no asset manifest, no template URL, no bootstrap version
// rule), with a qualifier and both roles as templates in a stack with an environment and another
// name that depends on the first (dependencies) and looks a security group up (the missing
// context's lookupRoleArn: the default synthesizer's lookup role), next to a default stack.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const fn = (stack) => new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "hello";'),
});
const plain = new cdk.Stack(app, 'Plain', { synthesizer: new cdk.BootstraplessSynthesizer() });
fn(plain);
const custom = new cdk.Stack(app, 'Custom', {
  env: { account: '123456789012', region: 'eu-west-1' },
  stackName: 'custom-bootstrapless',
  synthesizer: new cdk.BootstraplessSynthesizer({
    qualifier: 'myqual',
    deployRoleArn: 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/deploy-${Qualifier}-${AWS::Region}',
    cloudFormationExecutionRoleArn: 'arn:aws:iam::123456789012:role/exec-${Qualifier}',
  }),
});
fn(custom);
ec2.SecurityGroup.fromLookupById(custom, 'Group', 'sg-1234');
custom.addDependency(plain);
fn(new cdk.Stack(app, 'Default'));
app.synth();
