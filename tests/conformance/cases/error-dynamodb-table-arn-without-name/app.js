// Conformance case 'error-dynamodb-table-arn-without-name': Table.fromTableArn of an ARN without a table name
// Ported from aws-cdk: aws-dynamodb/test/dynamodb.test.ts, 'report error when importing an external/existing table from invalid arn missing resource name'.
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
dynamodb.Table.fromTableArn(stack, 'ImportedTable', 'arn:aws:dynamodb:us-east-1::table/');
app.synth();
