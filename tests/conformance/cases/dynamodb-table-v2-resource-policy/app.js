// Conformance case 'dynamodb-table-v2-resource-policy': TableV2 grants to grantees without a policy of
// their own or of another account write the table's resource policy into its replica
// (Grant.addToPrincipalOrResource, resourceSelfArns '*'), and addToResourcePolicy does too
// Ported in part from aws-cdk: aws-dynamodb integ.table-v2-resource-policy (grantReadData to an AccountPrincipal)
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'eu-west-1' } });
const table = new dynamodb.TableV2(stack, 'Table', {
  partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});
// another account
table.grantReadData(new iam.AccountPrincipal('111111111111'));
// a service DynamoDB accepts
table.grantWriteData(new iam.ServicePrincipal('glue.amazonaws.com'));
// an imported role of another account: its policy is not written
table.grantReadWriteData(iam.Role.fromRoleArn(stack, 'OtherRole', 'arn:aws:iam::111111111111:role/SomeRole'));
// a role of this account: its policy only
table.grantFullAccess(new iam.Role(stack, 'Role', { assumedBy: new iam.AccountRootPrincipal() }));
// an explicit statement
table.addToResourcePolicy(new iam.PolicyStatement({
  actions: ['dynamodb:GetItem'],
  principals: [new iam.ArnPrincipal('arn:aws:iam::111122223333:user/testuser')],
  resources: ['*'],
}));

// an environment-agnostic stack: the replica's region is a token; a statement of its own first;
// TableV2.grant() gives no resourceSelfArns, so its resource statement names the table's own ARN
// (aws-cdk-lib's template validation warns of the circular dependency that makes)
const agnostic = new cdk.Stack(app, 'AgnosticStack');
const v2 = new dynamodb.TableV2(agnostic, 'Table', {
  partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
  sortKey: { name: 'sk', type: dynamodb.AttributeType.NUMBER },
  tableName: 'orders',
});
v2.addToResourcePolicy(new iam.PolicyStatement({
  actions: ['dynamodb:*'], principals: [new iam.AccountRootPrincipal()], resources: ['*'],
}));
v2.grant(new iam.ArnPrincipal('arn:aws:iam::222222222222:role/Reader'), 'dynamodb:GetItem', 'dynamodb:Query');
app.synth();
