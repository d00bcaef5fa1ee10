// Conformance case 'user-multi-account-ledger': an app as a CDK user writes it, not shaped to one
// feature: a ledger service deployed through one Stage class per environment (Dev and Prod in
// different accounts and regions). Each stage has a Data stack (a rotated KMS key with an alias,
// a customer-key encrypted table with a stream, and an audit-reader role with
// PhysicalName.GENERATE_IF_NEEDED assumable from the audit account), an Api stack whose
// functions use the table and the key across stacks (grants, environment encryption, a
// DynamoDB stream event source) and an Audit stack in the audit account that assumes the role
// (so the role gets a generated name). Each stage carries tags and an aspect that gives every
// role a permissions boundary and every function active tracing by override.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');

const AUDIT_ACCOUNT = '999999999999';

class BoundaryAspect {
  constructor(boundaryName) {
    this.boundaryName = boundaryName;
  }
  visit(node) {
    if (node instanceof iam.CfnRole) {
      node.addPropertyOverride('PermissionsBoundary',
        cdk.Fn.sub('arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/' + this.boundaryName));
    } else if (node instanceof lambda.CfnFunction) {
      node.addPropertyOverride('TracingConfig.Mode', 'Active');
    }
  }
}

class LedgerStage extends cdk.Stage {
  constructor(scope, id, props) {
    super(scope, id, props);
    const prod = props.stageName === 'prod';
    // aspects and tags of the App stop at a Stage: each stage carries its own
    cdk.Aspects.of(this).add(new BoundaryAspect(`ledger-boundary-${props.stageName}`));
    cdk.Tags.of(this).add('service', 'ledger');
    const code = lambda.Code.fromAsset(path.join(__dirname, 'handlers'));

    const data = new cdk.Stack(this, 'Data', {
      description: `Ledger data (${props.stageName})`,
      terminationProtection: prod,
    });
    const key = new kms.Key(data, 'LedgerKey', {
      description: `ledger entries (${props.stageName})`,
      alias: `alias/ledger-${props.stageName}`,
      enableKeyRotation: true,
      rotationPeriod: cdk.Duration.days(prod ? 180 : 365),
      pendingWindow: cdk.Duration.days(prod ? 30 : 7),
      removalPolicy: prod ? cdk.RemovalPolicy.RETAIN : cdk.RemovalPolicy.DESTROY,
    });
    const entries = new dynamodb.Table(data, 'Entries', {
      partitionKey: { name: 'accountId', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'postedAt', type: dynamodb.AttributeType.NUMBER },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: key,
      stream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
      pointInTimeRecoverySpecification: {
        pointInTimeRecoveryEnabled: true,
        recoveryPeriodInDays: prod ? 35 : 7,
      },
      timeToLiveAttribute: 'expiresAt',
      deletionProtection: prod,
      removalPolicy: prod ? cdk.RemovalPolicy.RETAIN : cdk.RemovalPolicy.DESTROY,
    });
    const auditReader = new iam.Role(data, 'AuditReader', {
      roleName: cdk.PhysicalName.GENERATE_IF_NEEDED,
      assumedBy: new iam.AccountPrincipal(AUDIT_ACCOUNT),
      description: 'read-only access for the audit account',
      maxSessionDuration: cdk.Duration.hours(2),
    });
    entries.grantReadData(auditReader);

    const api = new cdk.Stack(this, 'Api', { description: `Ledger API (${props.stageName})` });
    const common = {
      runtime: lambda.Runtime.NODEJS_22_X,
      code,
      memorySize: prod ? 1024 : 256,
      timeout: cdk.Duration.seconds(15),
      environmentEncryption: key,
    };
    const writer = new lambda.Function(api, 'Writer', {
      ...common,
      handler: 'ledger.write',
      environment: { TABLE_NAME: entries.tableName, STAGE: props.stageName },
      reservedConcurrentExecutions: prod ? 50 : undefined,
    });
    entries.grantWriteData(writer);
    const reader = new lambda.Function(api, 'Reader', {
      ...common,
      handler: 'ledger.read',
      environment: { TABLE_NAME: entries.tableName, TABLE_ARN: entries.tableArn },
    });
    entries.grantReadData(reader);
    key.grantDecrypt(reader);

    const streamer = new lambda.Function(api, 'Streamer', {
      ...common,
      handler: 'ledger.stream',
      environment: { KEY_ALIAS: `alias/ledger-${props.stageName}` },
    });
    streamer.addEventSource(new sources.DynamoEventSource(entries, {
      startingPosition: lambda.StartingPosition.TRIM_HORIZON,
      batchSize: 100,
      maxBatchingWindow: cdk.Duration.seconds(5),
      bisectBatchOnError: true,
      retryAttempts: 3,
      reportBatchItemFailures: true,
      parallelizationFactor: prod ? 4 : 1,
    }));
    new cdk.CfnOutput(api, 'WriterArn', { value: writer.functionArn });

    const audit = new cdk.Stack(this, 'Audit', {
      env: { account: AUDIT_ACCOUNT, region: 'us-east-1' },
      description: `Ledger audit (${props.stageName})`,
    });
    const auditor = new lambda.Function(audit, 'Auditor', {
      runtime: lambda.Runtime.NODEJS_22_X,
      code: lambda.Code.fromAsset(path.join(__dirname, 'handlers')),
      handler: 'ledger.audit',
      environment: {
        READER_ROLE_ARN: auditReader.roleArn,
        READER_ROLE_NAME: auditReader.roleName,
        SOURCE_ACCOUNT: props.env.account,
      },
    });
    auditReader.grantAssumeRole(auditor.role);
    new cdk.CfnOutput(audit, 'ReaderRole', { value: auditReader.roleArn });
  }
}

const app = new cdk.App();
cdk.Tags.of(app).add('cost-center', 'fin-42');

new LedgerStage(app, 'Dev', {
  env: { account: '111111111111', region: 'eu-central-1' },
  stageName: 'dev',
});
const prod = new LedgerStage(app, 'Prod', {
  env: { account: '222222222222', region: 'eu-west-1' },
  stageName: 'prod',
});
cdk.Tags.of(prod).add('criticality', 'high');
app.synth();
