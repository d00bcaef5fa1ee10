// Conformance case 'user-private-ledger-vpc': an app as a user writes it: a ledger service in a
// VPC without internet access (two isolated subnet groups with CIDR masks, no NAT): S3 and DynamoDB
// gateway endpoints for the app subnets only, Secrets Manager and SQS interface endpoints (the SQS
// one closed, reached by the functions' security groups on its default port); an encrypted EFS
// file system in the data subnets with an access point; an API function and a writer (with the
// file system, fed by a queue) in the app subnets, the API allowed to reach the writer's group on
// 8443 and a cache group (no outbound) on 6379; a secret both read; a log group the writer logs to
// with a data protection policy (managed and custom identifiers, audit to another log group) and a
// subscription filter (a JSON FilterPattern) shipping errors to a shipper function; outputs.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');
const sqs = require('aws-cdk-lib/aws-sqs');
const logs = require('aws-cdk-lib/aws-logs');
const destinations = require('aws-cdk-lib/aws-logs-destinations');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'LedgerVpc', { env: { account: '111122223333', region: 'us-west-2' } });

const vpc = new ec2.Vpc(stack, 'Vpc', {
  ipAddresses: ec2.IpAddresses.cidr('10.40.0.0/16'),
  maxAzs: 2,
  natGateways: 0,
  subnetConfiguration: [
    { name: 'app', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 },
    { name: 'data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 26 },
  ],
});
const appSubnets = { subnetGroupName: 'app' };
vpc.addGatewayEndpoint('S3', { service: ec2.GatewayVpcEndpointAwsService.S3, subnets: [appSubnets] });
vpc.addGatewayEndpoint('Dynamo', { service: ec2.GatewayVpcEndpointAwsService.DYNAMODB, subnets: [appSubnets] });
vpc.addInterfaceEndpoint('Secrets', {
  service: ec2.InterfaceVpcEndpointAwsService.SECRETS_MANAGER,
  subnets: appSubnets,
});
const sqsEndpoint = vpc.addInterfaceEndpoint('Sqs', {
  service: ec2.InterfaceVpcEndpointAwsService.SQS,
  subnets: appSubnets,
  open: false,
});

const files = new efs.FileSystem(stack, 'LedgerFiles', {
  vpc,
  vpcSubnets: { subnetGroupName: 'data' },
  encrypted: true,
  performanceMode: efs.PerformanceMode.GENERAL_PURPOSE,
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});
const accessPoint = files.addAccessPoint('Writer', {
  path: '/ledger',
  createAcl: { ownerUid: '1000', ownerGid: '1000', permissions: '755' },
  posixUser: { uid: '1000', gid: '1000' },
});

const dbSecret = new secretsmanager.Secret(stack, 'LedgerDbSecret', {
  // keys in CloudFormation's order: tree.json keeps this literal's order, which a C struct has not
  // (see user-feature-flags)
  generateSecretString: {
    excludePunctuation: true,
    generateStringKey: 'password',
    secretStringTemplate: JSON.stringify({ username: 'ledger' }),
  },
});

const audit = new logs.LogGroup(stack, 'PiiAudit', { retention: logs.RetentionDays.ONE_YEAR });
const writerLogs = new logs.LogGroup(stack, 'WriterLogs', {
  retention: logs.RetentionDays.ONE_MONTH,
  removalPolicy: cdk.RemovalPolicy.DESTROY,
  dataProtectionPolicy: new logs.DataProtectionPolicy({
    name: 'ledger-pii',
    identifiers: [
      logs.DataIdentifier.EMAILADDRESS,
      logs.DataIdentifier.CREDITCARDNUMBER,
      new logs.CustomDataIdentifier('AccountNumber', 'ACCT-\\d{10}'),
    ],
    logGroupAuditDestination: audit,
  }),
});

const code = lambda.Code.fromAsset(path.join(__dirname, 'src'));
const inbox = new sqs.Queue(stack, 'Inbox', { visibilityTimeout: cdk.Duration.minutes(2) });

const writer = new lambda.Function(stack, 'Writer', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'app.writer',
  code,
  vpc,
  vpcSubnets: appSubnets,
  allowPublicSubnet: false,
  filesystem: lambda.FileSystem.fromEfsAccessPoint(accessPoint, '/mnt/ledger'),
  timeout: cdk.Duration.minutes(1),
  logGroup: writerLogs,
  environment: { SECRET_ARN: dbSecret.secretArn },
});
writer.addEventSource(new sources.SqsEventSource(inbox, { batchSize: 5 }));

const api = new lambda.Function(stack, 'Api', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'app.api',
  code,
  vpc,
  vpcSubnets: appSubnets,
  environment: { QUEUE_URL: inbox.queueUrl, SECRET_ARN: dbSecret.secretArn },
});
inbox.grantSendMessages(api);
dbSecret.grantRead(api);
dbSecret.grantRead(writer);

const cache = new ec2.SecurityGroup(stack, 'CacheSg', {
  vpc,
  description: 'ledger cache nodes',
  allowAllOutbound: false,
});
api.connections.allowTo(cache, ec2.Port.tcp(6379), 'api to cache');
api.connections.allowTo(writer, ec2.Port.tcp(8443), 'api to writer sidecar');
sqsEndpoint.connections.allowDefaultPortFrom(api);
sqsEndpoint.connections.allowDefaultPortFrom(writer, 'writer polls the queue');

const shipper = new lambda.Function(stack, 'Shipper', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'app.shipper',
  code,
});
writerLogs.addSubscriptionFilter('ShipErrors', {
  destination: new destinations.LambdaDestination(shipper),
  filterPattern: logs.FilterPattern.any(
    logs.FilterPattern.stringValue('$.level', '=', 'ERROR'),
    logs.FilterPattern.numberValue('$.latencyMs', '>', 2000),
  ),
  filterName: 'ledger-errors',
});

new cdk.CfnOutput(stack, 'VpcId', { value: vpc.vpcId });
new cdk.CfnOutput(stack, 'FileSystemId', { value: files.fileSystemId });
app.synth();
