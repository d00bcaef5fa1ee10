// user app: a tenant configuration service -- a function that reads an allow-list parameter and an
// imported secret encrypted with the team's key (granted through the key's alias), writes exports
// to a bucket with CORS, an expiring tmp/ prefix and owner-enforced objects, and a dashboard of it.
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const kms = require('aws-cdk-lib/aws-kms');
const ssm = require('aws-cdk-lib/aws-ssm');
const s3 = require('aws-cdk-lib/aws-s3');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TenantConfig');

const key = new kms.Key(stack, 'TeamKey', { enableKeyRotation: true });
const alias = new kms.Alias(stack, 'TeamKeyAlias', { aliasName: 'team/config', targetKey: key });

const origins = new ssm.StringListParameter(stack, 'AllowedOrigins', {
  parameterName: '/tenant-config/allowed-origins',
  stringListValue: ['https://app.example.com', 'https://admin.example.com'],
});

const dbSecret = secretsmanager.Secret.fromSecretAttributes(stack, 'DbSecret', {
  secretCompleteArn: 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:tenant-db-AbCdEf',
  encryptionKey: key,
});

const exportsBucket = new s3.Bucket(stack, 'Exports', {
  objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
  enforceSSL: true,
  cors: [{
    allowedMethods: [s3.HttpMethods.GET, s3.HttpMethods.HEAD],
    allowedOrigins: ['https://app.example.com'],
    maxAge: 3000,
  }],
  lifecycleRules: [{ id: 'tmp', prefix: 'tmp/', expiration: cdk.Duration.days(7) }],
});

const fn = new lambda.Function(stack, 'ConfigApi', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
  memorySize: 256,
  environment: {
    ORIGINS_PARAM: origins.parameterName,
    SECRET_ARN: dbSecret.secretArn,
    BUCKET: exportsBucket.bucketName,
  },
});
origins.grantRead(fn);
dbSecret.grantRead(fn);
alias.grantDecrypt(fn);
exportsBucket.grantPut(fn, 'exports/*');

new cloudwatch.Dashboard(stack, 'Ops', {
  dashboardName: 'tenant-config',
  widgets: [[
    new cloudwatch.GraphWidget({ title: 'Calls', left: [fn.metricInvocations()], right: [fn.metricErrors()], width: 12 }),
  ]],
});
app.synth();
