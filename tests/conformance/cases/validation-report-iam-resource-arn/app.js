// Conformance case 'validation-report-iam-resource-arn': aws-cdk-lib's validator at synth on the
// Resource and NotResource ARNs of identity policies (E3510 in validation-report.json). Stack
// 'Identity', the L2s: a Policy on a user (one resource: a string; several: a list), a
// ManagedPolicy's NotResource, a Role's inline policy and default policy, a Group's policy.
// Stack 'Raw', L1s from raw.json: the edges of the validator's ARN check (it splits at ':' rather
// than applying its pattern: "arn:aws:s3" passes, "arn:aws:s3:r:::b" does not), dynamic references
// (skipped), a statement not in a list, UserPolicy, RolePolicy, GroupPolicy, an SSO PermissionSet's
// InlinePolicy, a User's and a Group's Policies, Fn::If at the document, statement list, statement,
// Resource, item and Policies item (every branch of a parameter's condition; AWS::NoValue dropped),
// Fn::Join, GetAtt, Ref and Fn::Sub (not checked), and what is not checked: a Role's
// AssumeRolePolicyDocument and a queue policy. 'Zed' comes before 'Alpha' in the template; Alpha's
// finding and the Identity policy's have one description: one violation for both. Creation stack
// traces off.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const raw = require('./raw.json');

const app = new cdk.App({ context: { 'aws:cdk:disable-creation-stack-traces': true } });

const id = new cdk.Stack(app, 'Identity');
const user = new iam.User(id, 'U');
new iam.Policy(id, 'P', {
  users: [user],
  statements: [
    new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['some-arn'] }),
    new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: ['arn:aws:s3:::b/*', 'bad-arn', '*'] }),
  ],
});
new iam.ManagedPolicy(id, 'MP', {
  statements: [new iam.PolicyStatement({
    actions: ['s3:GetObject'], notResources: ['arn:aws:s3:::b', 'arn:aws:s3:us-east-1:12345678901:x'],
  })],
});
const role = new iam.Role(id, 'R', {
  assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
  inlinePolicies: {
    Inline: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({
      actions: ['sqs:SendMessage'], resources: ['arn:aws-cn:sqs:*:123456789012:q', 'arn:Aws:sqs:::q'],
    })] }),
  },
});
role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:*'], resources: ['arn:partition:s3:::b'] }));
const group = new iam.Group(id, 'G');
group.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:*'], resources: ['group-arn'] }));

const rs = new cdk.Stack(app, 'Raw');
const name = new cdk.CfnParameter(rs, 'Name', { type: 'String' });
new cdk.CfnCondition(rs, 'HasName', { expression: cdk.Fn.conditionEquals(name.valueAsString, 'x') });
const other = new cdk.CfnParameter(rs, 'Other', { type: 'String' });
new cdk.CfnCondition(rs, 'HasOther', { expression: cdk.Fn.conditionEquals(other.valueAsString, 'x') });
for (const [logicalId, r] of Object.entries(raw)) new cdk.CfnResource(rs, logicalId, { type: r.type, properties: r.properties });
app.synth();
