// Conformance case 'unit-dynamodb-grant-list-streams': dynamodb.test.ts's list-streams grants:
// "Table.grantListStreams" (deprecated), "grantTableListStreams allows principal to list all streams
// for this table", the imported table's "creates the correct list streams grant", and
// "grantTableListStreams across regions" (with the stream given instead of made by
// replicationRegions, which ccdk does not have); then a TableV2's (ListStreams on its stream).
// Ported from aws-cdk: aws-dynamodb/test/dynamodb.test.ts.
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const ID_KEY = { name: 'id', type: dynamodb.AttributeType.STRING };
{
  const stack = new cdk.Stack(app, 'GrantListStreams');
  const user = new iam.User(stack, 'user');
  dynamodb.Table.grantListStreams(user);
}
{
  const stack = new cdk.Stack(app, 'GrantTableListStreams');
  const table = new dynamodb.Table(stack, 'my-table', { partitionKey: ID_KEY, stream: dynamodb.StreamViewType.NEW_IMAGE });
  const user = new iam.User(stack, 'user');
  table.grantTableListStreams(user);
}
{
  const stack = new cdk.Stack(app, 'ImportedListStreams');
  const table = dynamodb.Table.fromTableAttributes(stack, 'ImportedTable', {
    tableName: 'MyTable', tableStreamArn: 'arn:foo:bar:baz:TrustMeThisIsATableStream',
  });
  const role = new iam.Role(stack, 'NewRole', { assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com') });
  new cdk.CfnOutput(stack, 'Granted', { value: table.grantTableListStreams(role) ? 'yes' : 'no' });
}
{
  const stack1 = new cdk.Stack(app, 'Stack1', { env: { region: 'us-east-1' } });
  const table = new dynamodb.Table(stack1, 'Table', {
    tableName: 'my-table', partitionKey: ID_KEY, stream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
  });
  const stack2 = new cdk.Stack(app, 'Stack2', { env: { region: 'eu-west-2' } });
  const user = new iam.User(stack2, 'User');
  table.grantTableListStreams(user);
}
{
  const stack = new cdk.Stack(app, 'TableV2ListStreams');
  const table = new dynamodb.TableV2(stack, 'Table', { partitionKey: ID_KEY, dynamoStream: dynamodb.StreamViewType.NEW_IMAGE });
  const user = new iam.User(stack, 'user');
  table.grantTableListStreams(user);
}
app.synth();
