// Conformance case 'user-lookup-settlement-first-synth': user-lookup-settlement's app on its first
// synth, before the CLI has looked anything up (no cdk.context.json): the VPC (by tags), security
// group (by name, in the dummy VPC), SSM parameter and KMS key lookups reported missing in
// manifest.json, their dummy values in the template.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const kms = require('aws-cdk-lib/aws-kms');
const ssm = require('aws-cdk-lib/aws-ssm');
const s3 = require('aws-cdk-lib/aws-s3');
const sqs = require('aws-cdk-lib/aws-sqs');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Settlement', { env: { account: '123456789012', region: 'eu-west-1' } });

const vpc = ec2.Vpc.fromLookup(stack, 'Vpc', { tags: { team: 'payments', stage: 'prod' } });
const dbSg = ec2.SecurityGroup.fromLookupByName(stack, 'DbSg', 'payments-db', vpc);
const dbEndpoint = ssm.StringParameter.valueFromLookup(stack, '/payments/db/endpoint');
const key = kms.Key.fromLookup(stack, 'PaymentsKey', { aliasName: 'alias/payments' });

const creds = secretsmanager.Secret.fromSecretNameV2(stack, 'DbCreds', 'payments/db-credentials');
const ledger = dynamodb.Table.fromTableName(stack, 'Ledger', 'payments-ledger');
const statements = s3.Bucket.fromBucketName(stack, 'Statements', 'payments-statements-prod');
const fraud = lambda.Function.fromFunctionArn(stack, 'FraudCheck',
  'arn:aws:lambda:eu-west-1:123456789012:function:fraud-check');
const settlements = sqs.Queue.fromQueueArn(stack, 'SettlementQueue',
  'arn:aws:sqs:eu-west-1:123456789012:payments-settlements');

const ownSg = new ec2.SecurityGroup(stack, 'SettlementSg', {
  vpc,
  description: 'settlement function',
});
ownSg.addEgressRule(ec2.Peer.ipv4(vpc.vpcCidrBlock), ec2.Port.tcp(443), 'endpoints in the VPC');

const fn = new lambda.Function(stack, 'Settle', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'handler.settle',
  code: lambda.Code.fromAsset(path.join(__dirname, 'settlement')),
  vpc,
  vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
  securityGroups: [dbSg, ownSg],
  environmentEncryption: key,
  environment: {
    DB_ENDPOINT: dbEndpoint,
    SECRET_NAME: creds.secretName,
    TABLE: ledger.tableName,
    BUCKET: statements.bucketName,
  },
  timeout: cdk.Duration.minutes(5),
});
creds.grantRead(fn);
ledger.grantReadWriteData(fn);
statements.grantPut(fn, 'settlements/*');
fraud.grantInvoke(fn);
fn.addEventSource(new sources.SqsEventSource(settlements, { batchSize: 10, reportBatchItemFailures: true }));

new events.Rule(stack, 'NightlyFraudSweep', {
  schedule: events.Schedule.cron({ minute: '15', hour: '2' }),
  targets: [new targets.LambdaFunction(fraud, {
    event: events.RuleTargetInput.fromObject({ mode: 'sweep', vpc: vpc.vpcId }),
  })],
});

new cdk.CfnOutput(stack, 'VpcId', { value: vpc.vpcId });
new cdk.CfnOutput(stack, 'PrivateSubnets', { value: vpc.privateSubnets.map((s) => s.subnetId).join(',') });
new cdk.CfnOutput(stack, 'KeyArn', { value: key.keyArn });
app.synth();
