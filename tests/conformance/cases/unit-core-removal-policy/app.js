// Conformance case 'unit-core-removal-policy': aws-cdk's core removal-policy.test.ts, with
// resource.test.ts's 'removal policy is a high level abstraction of deletion policy used by l2' and
// cfn-resource.test.ts's 'can switch off updating Update policy' (RemovalPolicyOptions).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const policies = [['Retain', cdk.RemovalPolicy.RETAIN], ['Destroy', cdk.RemovalPolicy.DESTROY],
  ['RetainOnUpdateOrDelete', cdk.RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE]];
for (const [name, policy] of policies) {
  new cdk.CfnResource(stack, name, { type: 'AWS::CloudFormation::WaitConditionHandle' }).applyRemovalPolicy(policy);
  new cdk.CfnResource(stack, `${name}Update`, { type: 'AWS::CloudFormation::WaitConditionHandle' })
    .applyRemovalPolicy(policy, { applyToUpdateReplacePolicy: true });
  new cdk.CfnResource(stack, `${name}NoUpdate`, { type: 'AWS::CloudFormation::WaitConditionHandle' })
    .applyRemovalPolicy(policy, { applyToUpdateReplacePolicy: false });
}
new cdk.CfnResource(stack, 'Snapshot', { type: 'AWS::EC2::Volume' })
  .applyRemovalPolicy(cdk.RemovalPolicy.SNAPSHOT, { applyToUpdateReplacePolicy: true });
new cdk.CfnResource(stack, 'Default1', { type: 'AWS::CloudFormation::WaitConditionHandle' })
  .applyRemovalPolicy(undefined, { default: cdk.RemovalPolicy.DESTROY });
new cdk.CfnResource(stack, 'Default2', { type: 'AWS::CloudFormation::WaitConditionHandle' }).applyRemovalPolicy(undefined);
new cdk.CfnResource(stack, 'Default3', { type: 'AWS::CloudFormation::WaitConditionHandle' })
  .applyRemovalPolicy(cdk.RemovalPolicy.DESTROY, { default: cdk.RemovalPolicy.RETAIN });
// a second call without the UpdateReplacePolicy keeps the first's
const twice = new cdk.CfnResource(stack, 'Twice', { type: 'AWS::CloudFormation::WaitConditionHandle' });
twice.applyRemovalPolicy(cdk.RemovalPolicy.DESTROY);
twice.applyRemovalPolicy(cdk.RemovalPolicy.RETAIN, { applyToUpdateReplacePolicy: false });
app.synth();
