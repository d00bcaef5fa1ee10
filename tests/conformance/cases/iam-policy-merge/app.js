// Conformance case 'iam-policy-merge': IAM: statements of a function's role policy that
// @aws-cdk/aws-iam:minimizePolicies (on in the cli+init context) merges and sorts, and that the
// role's default policy merges when equal (every context): same actions, same resources, tokens,
// conditions, a Sid, Deny, NotResource, a grant from another function, an inline policy of a role.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset('lambda-handler'),
});
const other = new lambda.Function(stack, 'Other', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
const queue = new sqs.Queue(stack, 'Queue');
const st = (props) => fn.addToRolePolicy(new iam.PolicyStatement(props));
st({ actions: ['s3:PutObject'], resources: ['arn:aws:s3:::bucket-b/*'] });
st({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::bucket-a/*'] });
st({ actions: ['s3:PutObject'], resources: ['arn:aws:s3:::bucket-a/*'] });
st({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::bucket-b/*'] });
st({ actions: ['sqs:SendMessage', 'sqs:GetQueueUrl'], resources: [queue.queueArn] });
st({ actions: ['sqs:GetQueueUrl', 'sqs:SendMessage'], resources: [queue.queueArn] }); // equal, reordered
st({ actions: ['dynamodb:GetItem'], resources: ['*'], conditions: { StringEquals: { 'aws:RequestedRegion': 'us-east-1' } } });
st({ actions: ['dynamodb:PutItem'], resources: ['*'], conditions: { StringEquals: { 'aws:RequestedRegion': 'us-east-1' } } });
st({ sid: 'Named', actions: ['kms:Decrypt'], resources: ['*'] });
st({ sid: 'Named2', actions: ['kms:Encrypt'], resources: ['*'] });
st({ effect: iam.Effect.DENY, actions: ['s3:DeleteObject'], resources: ['arn:aws:s3:::bucket-a/*'] });
st({ effect: iam.Effect.DENY, actions: ['s3:DeleteBucket'], resources: ['arn:aws:s3:::bucket-a/*'] });
st({ actions: ['logs:PutLogEvents'], notResources: ['arn:aws:logs:*:*:log-group:secret'] });
st({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::bucket-a/*'] }); // duplicate
other.grantInvoke(fn.role);
queue.grantConsumeMessages(fn.role);

const role = new iam.Role(stack, 'InlineRole', {
  assumedBy: new iam.CompositePrincipal(
    new iam.ServicePrincipal('lambda.amazonaws.com'),
    new iam.ServicePrincipal('edgelambda.amazonaws.com'),
    new iam.AccountPrincipal('123456789012'),
  ),
  inlinePolicies: {
    Inline: new iam.PolicyDocument({
      statements: [
        new iam.PolicyStatement({ actions: ['ec2:DescribeInstances'], resources: ['*'] }),
        new iam.PolicyStatement({ actions: ['ec2:DescribeVpcs', 'ec2:DescribeSubnets'], resources: ['*'] }),
      ],
    }),
  },
});
new cdk.CfnOutput(stack, 'RoleArn', { value: role.roleArn });
app.synth();
