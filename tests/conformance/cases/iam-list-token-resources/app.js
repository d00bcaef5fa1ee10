// Conformance case 'iam-list-token-resources': IAM statements whose resources (or actions) are a list
// token: Fn.split of a parameter, a CommaDelimitedList parameter's valueAsList, a lazy list. A list
// token stays the whole list ({"Fn::Split": ...}, {"Ref": ...}), never its first item; under
// @aws-cdk/aws-iam:minimizePolicies (on in the cli+init context) statements of one list token merge,
// while two Fn.split calls are two tokens that do not (aws-iam/test/policy-document.test.ts
// "addResources() will not break a list-encoded Token", "will not add duplicates").
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const bucketList = new cdk.CfnParameter(stack, 'BucketList', { type: 'String', default: 'a,b' });
const arnList = new cdk.CfnParameter(stack, 'ArnList', {
  type: 'CommaDelimitedList',
  default: 'arn:aws:s3:::bucket1/*,arn:aws:s3:::bucket2/*',
});
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
const allow = (actions, resources) => new iam.PolicyStatement({ actions, resources });

const split = cdk.Fn.split(',', bucketList.valueAsString);
fn.role.addToPrincipalPolicy(allow(['s3:GetObject'], split));
fn.role.addToPrincipalPolicy(allow(['s3:PutObject'], split));
fn.role.addToPrincipalPolicy(allow(['s3:ListBucket'], cdk.Fn.split(',', bucketList.valueAsString)));
fn.role.addToPrincipalPolicy(allow(['s3:GetObject'], split)); // a duplicate
fn.role.addToPrincipalPolicy(allow(['s3:DeleteObject'],
  cdk.Lazy.list({ produce: () => ['arn:aws:s3:::y', 'arn:aws:s3:::x'] })));
fn.role.addToPrincipalPolicy(allow(cdk.Lazy.list({ produce: () => ['service:b', 'service:a', 'service:c'] }),
  ['arn:aws:s3:::z']));
const dup = new iam.PolicyStatement();
dup.addActions('service:a');
dup.addActions('service:a');
dup.addResources('arn:aws:s3:::dup');
dup.addResources('arn:aws:s3:::dup');
fn.role.addToPrincipalPolicy(dup);

const policy = new iam.Policy(stack, 'ListPolicy', {
  statements: [
    allow(['sqs:SendMessage'], arnList.valueAsList),
    allow(['sqs:ReceiveMessage'], arnList.valueAsList),
    allow(['sqs:DeleteMessage'], cdk.Token.asList(cdk.Fn.split(',', 'arn:aws:sqs:::q1,arn:aws:sqs:::q2'))),
  ],
});
policy.attachToRole(fn.role);

new iam.Role(stack, 'InlineRole', {
  assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
  inlinePolicies: {
    Lists: new iam.PolicyDocument({
      statements: [
        allow(['kms:Decrypt'], cdk.Fn.split('|', cdk.Fn.importValue('KeyArns'))),
        allow(['kms:Encrypt'], arnList.valueAsList),
      ],
    }),
  },
});
app.synth();
