// dynamodb.Table's encryption (CUSTOMER_MANAGED with its own key "Key" or a given one, AWS_MANAGED,
// DEFAULT), point-in-time recovery (the specification, with and without a period, and the deprecated
// boolean), timeToLiveAttribute and deletionProtection; the data and stream grants of encrypted
// tables also grant on their keys (reads before the table's statement, writes after).
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const iam = require('aws-cdk-lib/aws-iam');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const key = new kms.Key(stack, 'Given');

const own = new dynamodb.Table(stack, 'OwnKey', {
  partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
  encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
  stream: dynamodb.StreamViewType.KEYS_ONLY,
  pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
  timeToLiveAttribute: 'ttl',
});
const given = new dynamodb.Table(stack, 'GivenKey', {
  partitionKey: { name: 'id', type: dynamodb.AttributeType.NUMBER },
  encryptionKey: key,
  pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true, recoveryPeriodInDays: 35 },
  deletionProtection: false,
});
new dynamodb.Table(stack, 'AwsManaged', {
  partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
  encryption: dynamodb.TableEncryption.AWS_MANAGED,
  pointInTimeRecovery: false,
  deletionProtection: true,
});
new dynamodb.Table(stack, 'AwsOwned', {
  partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
  encryption: dynamodb.TableEncryption.DEFAULT,
  pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: false },
});

const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(e, c): pass'),
});
own.grantReadData(fn);
given.grantWriteData(fn);
own.grantStreamRead(fn);
const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
given.grantReadWriteData(role);
own.grantFullAccess(role);
own.grant(role, 'dynamodb:DescribeTable');
new cdk.CfnOutput(stack, 'OwnKeyArn', { value: own.encryptionKey.keyArn });
app.synth();
