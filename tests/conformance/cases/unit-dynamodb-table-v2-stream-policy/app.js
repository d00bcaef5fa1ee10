// Conformance case 'unit-dynamodb-table-v2-stream-policy'
// TableV2.addToStreamResourcePolicy: the replica's ReplicaStreamSpecification, with and beside the
// table's resource policy (aws-dynamodb/test/table-v2.test.ts: stream resource policy).
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const pk = { name: 'pk', type: dynamodb.AttributeType.STRING };
const statement = (actions) => new iam.PolicyStatement({ actions, principals: [new iam.AccountRootPrincipal()], resources: ['*'] });
const streamOnly = new dynamodb.TableV2(stack, 'StreamOnly', { partitionKey: pk, dynamoStream: dynamodb.StreamViewType.NEW_IMAGE });
streamOnly.addToStreamResourcePolicy(statement(['dynamodb:GetRecords', 'dynamodb:DescribeStream']));
streamOnly.addToStreamResourcePolicy(statement(['dynamodb:GetShardIterator']));
const both = new dynamodb.TableV2(stack, 'Both', { partitionKey: pk, dynamoStream: dynamodb.StreamViewType.KEYS_ONLY });
both.addToStreamResourcePolicy(statement(['dynamodb:GetRecords']));
both.addToResourcePolicy(statement(['dynamodb:GetItem']));
new cdk.CfnOutput(stack, 'Added', { value: String(both.addToStreamResourcePolicy(statement(['dynamodb:ListStreams'])).statementAdded) });
app.synth();
