// Conformance case 'unit-core-resource-policies': resource.test.ts's 'creation/update/updateReplace/
// deletion policies can be set on a resource' (through applyRemovalPolicy for the last two), 'update
// policies UseOnlineResharding flag' and 'enableVersionUpgrade can be set on a resource'.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const r1 = new cdk.CfnResource(stack, 'Resource', { type: 'AWS::CloudFormation::WaitConditionHandle' });
r1.cfnOptions.creationPolicy = {
  autoScalingCreationPolicy: { minSuccessfulInstancesPercent: 10 },
  startFleet: true,
};
r1.cfnOptions.updatePolicy = {
  autoScalingScheduledAction: { ignoreUnmodifiedGroupSizeProperties: false },
  autoScalingReplacingUpdate: { willReplace: true },
  codeDeployLambdaAliasUpdate: {
    applicationName: 'CodeDeployApplication',
    deploymentGroupName: 'CodeDeployDeploymentGroup',
    beforeAllowTrafficHook: 'lambda1',
  },
};
r1.applyRemovalPolicy(cdk.RemovalPolicy.RETAIN);
const r2 = new cdk.CfnResource(stack, 'Resharding', { type: 'AWS::CloudFormation::WaitConditionHandle' });
r2.cfnOptions.updatePolicy = { useOnlineResharding: true };
const r3 = new cdk.CfnResource(stack, 'VersionUpgrade', { type: 'AWS::CloudFormation::WaitConditionHandle' });
r3.cfnOptions.updatePolicy = { enableVersionUpgrade: true };
const r4 = new cdk.CfnResource(stack, 'Removed', { type: 'AWS::CloudFormation::WaitConditionHandle' });
r4.cfnOptions.updatePolicy = { enableVersionUpgrade: true };
r4.cfnOptions.updatePolicy = undefined;
// a token inside: resolved
r4.cfnOptions.creationPolicy = { resourceSignal: { count: 1, timeout: cdk.Fn.ref('AWS::StackName') } };
app.synth();
