// error: a TableV2's grant() given a ServicePrincipal grantee that DynamoDB does not accept in its
// resource policy (TableBaseV2.grant's isUnsupportedServicePrincipal check)
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const table = new dynamodb.TableV2(stack, 'Table', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING } });
table.grant(new iam.ServicePrincipal('lambda.amazonaws.com'), 'dynamodb:GetItem');
app.synth();
