// Conformance case 'ec2-flow-log-role-generated-name': a flow log to CloudWatch Logs makes its own
// IAMRole with roleName PhysicalName.GENERATE_IF_NEEDED. A stack of another account reads the role's
// ARN (a role there trusts it) and name (an output): the flow log's role gets a generated RoleName;
// a second flow log whose role is read only in its own stack keeps an unnamed role.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const a = new cdk.Stack(app, 'NetworkStack', { env: { account: '111111111111', region: 'eu-central-1' } });
const flowLog = new ec2.FlowLog(a, 'FlowLog', {
  resourceType: ec2.FlowLogResourceType.fromNetworkInterfaceId('eni-0123456789abcdef0'),
});
const local = new ec2.FlowLog(a, 'LocalFlowLog', {
  resourceType: ec2.FlowLogResourceType.fromNetworkInterfaceId('eni-0fedcba9876543210'),
});
new cdk.CfnOutput(a, 'LocalRole', { value: local.iamRole.roleArn });
const b = new cdk.Stack(app, 'AuditStack', { env: { account: '222222222222', region: 'eu-central-1' } });
new iam.Role(b, 'Auditor', { assumedBy: new iam.ArnPrincipal(flowLog.iamRole.roleArn) });
new cdk.CfnOutput(b, 'FlowLogRoleName', { value: flowLog.iamRole.roleName });
app.synth();
