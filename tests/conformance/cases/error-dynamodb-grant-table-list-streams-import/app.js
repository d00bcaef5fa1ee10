// error: grantTableListStreams on an imported table without tableStreamArn (dynamodb.test.ts: "throw
// if no tableStreamArn is specified")
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const table = dynamodb.Table.fromTableAttributes(stack, 'ImportedTable', { tableName: 'MyTable' });
const role = new iam.Role(stack, 'NewRole', { assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com') });
table.grantTableListStreams(role);
app.synth();
