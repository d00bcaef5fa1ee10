// Conformance case 'user-saas-onboarding': an app as a CDK user writes it, not shaped to a feature:
// a SaaS tenant-onboarding workflow deployed as a dev and a prod stage. Signup events on a custom
// event bus (archived for replay) reach a provisioner through a rule whose input transformer picks
// the tenant's fields, with a dead-letter queue; a second rule greets provisioned tenants. The
// provisioner reads a generated API-key secret (rotated by its own Lambda) and SSM parameters. An
// aspect forces X-Ray tracing on every function; the dev stage is disposable (RemovalPolicies.of).
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const ssm = require('aws-cdk-lib/aws-ssm');
const logs = require('aws-cdk-lib/aws-logs');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');

class EnforceTracing {
  visit(node) {
    if (node instanceof lambda.CfnFunction) {
      node.addPropertyOverride('TracingConfig.Mode', 'Active');
    }
  }
}

class OnboardingStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    const stageName = props.stageName;

    const bus = new events.EventBus(this, 'TenantEvents', { description: 'Tenant lifecycle events' });
    bus.archive('SignupArchive', {
      description: 'Signups, kept for replay',
      eventPattern: { source: ['saas.signup'] },
      retention: cdk.Duration.days(props.archiveDays),
    });

    const deadLetters = new sqs.Queue(this, 'OnboardingDlq', {
      retentionPeriod: cdk.Duration.days(14),
      encryption: sqs.QueueEncryption.SQS_MANAGED,
    });

    const apiKey = new secretsmanager.Secret(this, 'TenantApiKey', {
      description: 'API key the provisioner uses against the billing system',
      generateSecretString: {
        excludePunctuation: true,
        generateStringKey: 'apiKey',
        passwordLength: 40,
        secretStringTemplate: JSON.stringify({ client: 'onboarding' }),
      },
    });
    const rotator = new lambda.Function(this, 'KeyRotator', {
      runtime: lambda.Runtime.PYTHON_3_13,
      handler: 'rotate.handler',
      code: lambda.Code.fromInline('def handler(event, context):\n    return event["Step"]\n'),
      timeout: cdk.Duration.seconds(30),
      environment: { BILLING_ENDPOINT: 'https://billing.internal/keys' },
    });
    apiKey.addRotationSchedule('Rotation', {
      rotationLambda: rotator,
      automaticallyAfter: cdk.Duration.days(30),
      rotateImmediatelyOnUpdate: false,
    });
    if (props.replicaRegion) {
      apiKey.addReplicaRegion(props.replicaRegion);
    }

    const defaultPlan = new ssm.StringParameter(this, 'DefaultPlan', {
      parameterName: `/onboarding/${stageName}/default-plan`,
      stringValue: 'starter',
      description: 'Plan a new tenant starts on',
    });
    const regions = new ssm.StringListParameter(this, 'TenantRegions', {
      parameterName: `/onboarding/${stageName}/regions`,
      stringListValue: ['eu-west-1', 'us-east-1'],
    });

    const provisioner = new lambda.Function(this, 'Provisioner', {
      runtime: lambda.Runtime.PYTHON_3_13,
      architecture: lambda.Architecture.ARM_64,
      handler: 'provision.handler',
      code: lambda.Code.fromInline('def handler(event, context):\n    return {"tenant": event["tenantId"]}\n'),
      memorySize: 1024,
      timeout: cdk.Duration.minutes(2),
      environment: {
        API_KEY_SECRET_ARN: apiKey.secretArn,
        DEFAULT_PLAN_PARAM: defaultPlan.parameterName,
        REGIONS_PARAM: regions.parameterName,
        EVENT_BUS: bus.eventBusName,
      },
      logGroup: new logs.LogGroup(this, 'ProvisionerLogs', { retention: logs.RetentionDays.ONE_MONTH }),
    });
    apiKey.grantRead(provisioner);
    defaultPlan.grantRead(provisioner);
    regions.grantRead(provisioner);
    bus.grantPutEventsTo(provisioner);

    const tenants = new dynamodb.TableV2(this, 'Tenants', {
      partitionKey: { name: 'tenantId', type: dynamodb.AttributeType.STRING },
      dynamoStream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
      globalSecondaryIndexes: [{ indexName: 'byPlan', partitionKey: { name: 'plan', type: dynamodb.AttributeType.STRING } }],
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: stageName === 'prod',
    });
    tenants.grantReadWriteData(provisioner);
    provisioner.addEnvironment('TENANTS_TABLE', tenants.tableName);

    const auditor = new lambda.Function(this, 'TenantAuditor', {
      runtime: lambda.Runtime.PYTHON_3_13,
      handler: 'audit.handler',
      code: lambda.Code.fromInline('def handler(event, context):\n    return len(event["Records"])\n'),
      timeout: cdk.Duration.seconds(45),
    });
    auditor.addEventSource(new sources.DynamoEventSource(tenants, {
      startingPosition: lambda.StartingPosition.TRIM_HORIZON,
      batchSize: 50,
      retryAttempts: 2,
      filters: [lambda.FilterCriteria.filter({ eventName: lambda.FilterRule.isEqual('INSERT') })],
    }));

    new events.Rule(this, 'TenantSignedUp', {
      eventBus: bus,
      eventPattern: {
        source: ['saas.signup'],
        detailType: ['TenantSignedUp'],
        detail: { plan: events.Match.anyOf(events.Match.prefix('ent'), events.Match.exactString('pro')) },
      },
      targets: [new targets.LambdaFunction(provisioner, {
        event: events.RuleTargetInput.fromObject({
          tenantId: events.EventField.fromPath('$.detail.tenantId'),
          plan: events.EventField.fromPath('$.detail.plan'),
          requestedAt: events.EventField.time,
          stage: stageName,
        }),
        deadLetterQueue: deadLetters,
        retryAttempts: 4,
        maxEventAge: cdk.Duration.hours(1),
      })],
    });

    const greeter = new lambda.Function(this, 'WelcomeMailer', {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = async (detail) => detail.tenantId;'),
      timeout: cdk.Duration.seconds(20),
      environment: {
        FROM_ADDRESS: 'welcome@example.com',
        MAIL_DOMAIN: ssm.StringParameter.valueForStringParameter(this, '/shared/mail-domain'),
        SMTP_PASSWORD: apiKey.secretValueFromJson('apiKey').unsafeUnwrap(),
      },
    });
    apiKey.grantRead(greeter, ['AWSCURRENT']);
    const provisioned = new events.Rule(this, 'TenantProvisioned', {
      eventBus: bus,
      eventPattern: { source: ['saas.provisioner'], detailType: ['TenantProvisioned'] },
    });
    provisioned.addTarget(new targets.LambdaFunction(greeter, {
      event: events.RuleTargetInput.fromEventPath('$.detail'),
      deadLetterQueue: deadLetters,
    }));

    new events.Rule(this, 'NightlyReconcile', {
      schedule: events.Schedule.rate(cdk.Duration.days(1)),
      targets: [new targets.LambdaFunction(provisioner.addAlias('live'), {
        event: events.RuleTargetInput.fromText('reconcile'),
      })],
    });
    new cloudwatch.Alarm(this, 'AccountThrottles', {
      metric: lambda.Function.metricAllThrottles({ period: cdk.Duration.minutes(1) }),
      threshold: 5,
      evaluationPeriods: 1,
    });

    const provisionErrors = provisioner.metricErrors().createAlarm(this, 'ProvisionerErrors', { threshold: 1, evaluationPeriods: 1 });
    const dlqAge = deadLetters.metricApproximateAgeOfOldestMessage().createAlarm(this, 'DlqAge', { threshold: 3600, evaluationPeriods: 1 });
    new cloudwatch.CompositeAlarm(this, 'OnboardingBroken', {
      alarmRule: cloudwatch.AlarmRule.anyOf(provisionErrors, dlqAge),
      alarmDescription: 'Tenants are not being onboarded',
    });

    cdk.Aspects.of(this).add(new EnforceTracing());
    cdk.Tags.of(this).add('cost-center', 'cc-4410', { includeResourceTypes: ['AWS::Lambda::Function'] });
    new cdk.CfnOutput(this, 'TenantBusArn', { value: bus.eventBusArn, exportName: `${stageName}-TenantBusArn` });
  }
}

const app = new cdk.App();
for (const [name, archiveDays] of [['dev', 7], ['prod', 90]]) {
  const stage = name === 'dev'
    ? new cdk.Stage(app, 'Dev')
    : new cdk.Stage(app, 'Prod', { env: { account: '111122223333', region: 'eu-west-1' } });
  new OnboardingStack(stage, 'Onboarding', {
    stageName: name,
    archiveDays,
    replicaRegion: name === 'prod' ? 'eu-central-1' : undefined,
  });
  cdk.Tags.of(stage).add('stage', name);
  if (name === 'dev') {
    cdk.RemovalPolicies.of(stage).destroy();
  }
}
cdk.Tags.of(app).add('product', 'tenant-onboarding');
app.synth();
