// Conformance case 'iam-policy-from-json': aws-iam policy-document.test.ts fromJson: a document
// parsed from JSON (single strings and lists, Deny, Sid, NotAction/NotResource, Condition, JSON
// principals: an object of lists, of strings, "*", a NotPrincipal) used by a ManagedPolicy, a
// role's inline policy and a resource; PolicyStatement.fromJson into a role's policy (merged with
// an equal statement made in code); statement.toStatementJson().
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const text = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/*', Effect: 'Allow', Sid: 'Read' },
    { Action: ['s3:PutObject', 's3:DeleteObject'], Resource: ['arn:aws:s3:::a/*', 'arn:aws:s3:::b/*'], Effect: 'Deny',
      Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
    { NotAction: 'iam:*', NotResource: ['arn:aws:iam::123456789012:role/admin'], Effect: 'Allow' },
  ],
});
const doc = iam.PolicyDocument.fromJson(JSON.parse(text));
new iam.ManagedPolicy(stack, 'Managed', { document: doc });
const role = new iam.Role(stack, 'Role', {
  assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
  inlinePolicies: { FromJson: iam.PolicyDocument.fromJson(JSON.parse(text)) },
});
const statement = iam.PolicyStatement.fromJson(JSON.parse('{"Effect": "Allow", "Action": ["sqs:SendMessage"], "Resource": "*"}'));
role.addToPrincipalPolicy(statement);
role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['*'] }));

const resourceDoc = iam.PolicyDocument.fromJson({
  Statement: [
    { Action: 'sqs:*', Resource: '*', Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::111111111111:root', 'arn:aws:iam::222222222222:root'], Service: 'sns.amazonaws.com' } },
    { Action: 'sqs:SendMessage', Resource: '*', Effect: 'Allow', Principal: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-1234567890' } } },
    { Action: 'sqs:DeleteQueue', Resource: '*', Effect: 'Deny', NotPrincipal: { AWS: 'arn:aws:iam::111111111111:root' } },
  ],
});
new cdk.CfnResource(stack, 'Doc', {
  type: 'Custom::Doc',
  properties: { Document: resourceDoc, Json: statement.toStatementJson(), Empty: iam.PolicyDocument.fromJson({ Statement: [] }) },
});
app.synth();
