// Conformance case 'user-two-tier-stages': an app as a CDK user writes it, not shaped to a
// feature: one Stage class deployed as Dev and Prod to two accounts and regions. Each stage has a
// Network stack (a VPC of three subnet groups, the default security group left alone, a security
// group per tier) and a Services stack that uses them across stacks: an API tier function that
// enqueues jobs and a worker tier function fed by the queue, the worker's group opened to the
// API's on one port. Sizes, NAT gateways, concurrency and removal policies depend on the stage;
// Prod also gets a `live` alias with provisioned concurrency scaled on a schedule.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const appscaling = require('aws-cdk-lib/aws-applicationautoscaling');
const sqs = require('aws-cdk-lib/aws-sqs');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

class Platform extends cdk.Stage {
  constructor(scope, id, props) {
    super(scope, id, props);
    const prod = props.prod;

    const network = new cdk.Stack(this, 'Network', { terminationProtection: prod });
    const vpc = new ec2.Vpc(network, 'Vpc', {
      ipAddresses: ec2.IpAddresses.cidr(prod ? '10.10.0.0/16' : '10.20.0.0/16'),
      maxAzs: 2,
      natGateways: prod ? 2 : 1,
      restrictDefaultSecurityGroup: false,
      subnetConfiguration: [
        { name: 'Public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 },
        { name: 'App', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 22 },
        { name: 'Data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 26 },
      ],
    });
    const apiSg = new ec2.SecurityGroup(network, 'ApiSg', { vpc, description: 'api tier' });
    const workerSg = new ec2.SecurityGroup(network, 'WorkerSg', {
      vpc,
      description: 'worker tier',
      allowAllOutbound: false,
    });
    workerSg.addEgressRule(ec2.Peer.ipv4(vpc.vpcCidrBlock), ec2.Port.tcp(443), 'VPC endpoints');

    const services = new cdk.Stack(this, 'Services', { description: `order services (${id})` });
    const jobs = new sqs.Queue(services, 'Jobs', {
      visibilityTimeout: cdk.Duration.minutes(5),
      removalPolicy: prod ? cdk.RemovalPolicy.RETAIN : cdk.RemovalPolicy.DESTROY,
    });
    const state = new dynamodb.Table(services, 'State', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      deletionProtection: prod,
      removalPolicy: prod ? cdk.RemovalPolicy.RETAIN : cdk.RemovalPolicy.DESTROY,
    });
    const api = new lambda.Function(services, 'Api', {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 202 });'),
      memorySize: prod ? 1024 : 512,
      vpc,
      vpcSubnets: { subnetGroupName: 'App' },
      securityGroups: [apiSg],
      environment: { STAGE: id.toLowerCase(), JOBS_URL: jobs.queueUrl, STATE_TABLE: state.tableName },
    });
    const worker = new lambda.Function(services, 'Worker', {
      runtime: lambda.Runtime.PYTHON_3_12,
      handler: 'index.handler',
      code: lambda.Code.fromInline('def handler(event, context):\n    return None\n'),
      timeout: cdk.Duration.minutes(1),
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      securityGroups: [workerSg],
      reservedConcurrentExecutions: prod ? 20 : undefined,
      environment: { STATE_TABLE: state.tableName },
    });
    worker.connections.allowFrom(api, ec2.Port.tcp(8080), 'api calls the worker');
    jobs.grantSendMessages(api);
    worker.addEventSource(new sources.SqsEventSource(jobs, { batchSize: 5, maxConcurrency: prod ? 10 : 2 }));
    state.grantReadWriteData(worker);
    state.grantReadData(api);

    let target = api;
    if (prod) {
      const live = api.addAlias('live', { provisionedConcurrentExecutions: 2 });
      const scaling = live.addAutoScaling({ minCapacity: 2, maxCapacity: 20 });
      scaling.scaleOnSchedule('BusinessHours', {
        schedule: appscaling.Schedule.cron({ minute: '0', hour: '7', weekDay: 'MON-FRI' }),
        minCapacity: 10,
      });
      scaling.scaleOnSchedule('Night', {
        schedule: appscaling.Schedule.cron({ minute: '0', hour: '20' }),
        minCapacity: 2,
      });
      target = live;
    }
    const url = target.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });
    new cdk.CfnOutput(services, 'ApiUrl', { value: url.url });
    cdk.Tags.of(this).add('stage', id);
  }
}

const app = new cdk.App();
new Platform(app, 'Dev', { env: { account: '111122223333', region: 'us-east-1' }, prod: false });
new Platform(app, 'Prod', { env: { account: '444455556666', region: 'eu-west-1' }, prod: true });
cdk.Tags.of(app).add('product', 'orders');
app.synth();
