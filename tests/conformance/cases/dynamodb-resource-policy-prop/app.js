// Conformance case 'dynamodb-resource-policy-prop': the resourcePolicy prop of Table (the CfnTable's
// ResourcePolicy) and of TableV2 (its replica's), a document that later addToResourcePolicy and grants
// add their statements to.
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'eu-west-1' } });
const doc = () => new iam.PolicyDocument({
  statements: [new iam.PolicyStatement({
    actions: ['dynamodb:GetItem'],
    principals: [new iam.ArnPrincipal('arn:aws:iam::111122223333:user/testuser')],
    resources: ['*'],
  })],
});
const table = new dynamodb.Table(stack, 'Table', {
  partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
  resourcePolicy: doc(),
});
table.addToResourcePolicy(new iam.PolicyStatement({
  actions: ['dynamodb:PutItem'], principals: [new iam.AccountPrincipal('444455556666')], resources: ['*'],
}));
const v2 = new dynamodb.TableV2(stack, 'TableV2', {
  partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
  resourcePolicy: doc(),
});
v2.grantReadData(new iam.AccountPrincipal('111111111111'));
app.synth();
