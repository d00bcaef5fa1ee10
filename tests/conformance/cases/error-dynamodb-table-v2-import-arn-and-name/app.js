// Conformance case 'error-dynamodb-table-v2-import-arn-and-name': TableV2.fromTableAttributes with
// both tableArn and tableName: aws-cdk-lib's error on the scope.
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
dynamodb.TableV2.fromTableAttributes(stack, 'Imported', {
  tableArn: 'arn:aws:dynamodb:us-east-1:123456789012:table/orders',
  tableName: 'orders',
});
app.synth();
