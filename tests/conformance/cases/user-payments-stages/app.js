// Conformance case 'user-payments-stages': an app as a CDK user writes it, not shaped to one
// feature: a payments service deployed as one Stage class instantiated twice (Beta and Prod, each
// with its own account/region), each stage holding a Core stack and an Edge stack. Core shares a
// retained arm64 layer with the organization and a partner account, runs the payments function on
// it, publishes a retained version with provisioned concurrency and async-invoke limits, and
// grants invoke to the organization, to S3 of its own account and to a public URL. Edge reads the
// payments function back with fromFunctionAttributes (sameEnvironment) and calls it from a gateway
// function (cross-stack references: exports), and grants its role invoke on a legacy function of
// another account imported with skipPermissions. Tags on the app and on one stage.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');

class PaymentsStage extends cdk.Stage {
  constructor(scope, id, props) {
    super(scope, id, props);

    const core = new cdk.Stack(this, 'Core', {
      description: `Payments core (${props.stageName})`,
      terminationProtection: props.stageName === 'prod',
    });

    const common = new lambda.LayerVersion(core, 'PaymentsCommon', {
      code: lambda.Code.fromAsset(path.join(__dirname, 'layer')),
      compatibleRuntimes: [lambda.Runtime.NODEJS_20_X, lambda.Runtime.NODEJS_22_X],
      compatibleArchitectures: [lambda.Architecture.ARM_64],
      description: 'money helpers',
      license: 'Apache-2.0',
      removalPolicy: cdk.RemovalPolicy.RETAIN,
    });
    common.addPermission('Organization', { accountId: '*', organizationId: props.organizationId });
    common.addPermission('Partner', { accountId: props.partnerAccount });

    const payments = new lambda.Function(core, 'Payments', {
      runtime: lambda.Runtime.NODEJS_20_X,
      architecture: lambda.Architecture.ARM_64,
      handler: 'payments.handler',
      code: lambda.Code.fromAsset(path.join(__dirname, 'handlers')),
      layers: [common],
      memorySize: 512,
      timeout: cdk.Duration.seconds(10),
      environment: { STAGE: props.stageName },
    });

    const release = new lambda.Version(core, 'PaymentsRelease', {
      lambda: payments,
      description: `release for ${props.stageName}`,
      removalPolicy: cdk.RemovalPolicy.RETAIN,
      provisionedConcurrentExecutions: props.stageName === 'prod' ? 4 : 1,
      maxEventAge: cdk.Duration.hours(1),
      retryAttempts: 1,
    });

    payments.addPermission('OrgInvoke', {
      principal: new iam.OrganizationPrincipal(props.organizationId),
    });
    release.addPermission('DropBucket', {
      principal: new iam.ServicePrincipal('s3.amazonaws.com'),
      sourceAccount: core.account,
      sourceArn: `arn:aws:s3:::payments-drop-${props.stageName}`,
    });
    payments.addPermission('PublicUrl', {
      principal: new iam.AnyPrincipal(),
      action: 'lambda:InvokeFunctionUrl',
      functionUrlAuthType: lambda.FunctionUrlAuthType.NONE,
    });
    payments.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });

    const edge = new cdk.Stack(this, 'Edge', { description: `Payments edge (${props.stageName})` });
    const paymentsRef = lambda.Function.fromFunctionAttributes(edge, 'PaymentsRef', {
      functionArn: payments.functionArn,
      sameEnvironment: true,
    });
    const gateway = new lambda.Function(edge, 'Gateway', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'gateway.handler',
      code: lambda.Code.fromAsset(path.join(__dirname, 'handlers')),
      environment: {
        PAYMENTS_FUNCTION: payments.functionName,
        PAYMENTS_RELEASE: release.functionArn,
      },
    });
    paymentsRef.grantInvoke(gateway);

    const legacy = lambda.Function.fromFunctionAttributes(edge, 'LegacyBilling', {
      functionArn: `arn:aws:lambda:${props.env.region}:${props.legacyAccount}:function:legacy-billing`,
      skipPermissions: true,
    });
    legacy.grantInvoke(gateway);

    const operators = new iam.Role(edge, 'Operators', {
      assumedBy: new iam.AccountRootPrincipal(),
      description: 'on-call operators',
    });
    paymentsRef.grantInvoke(operators);
    legacy.grantInvoke(operators);

    new cdk.CfnOutput(edge, 'GatewayName', { value: gateway.functionName });
  }
}

const path = require('path');
const app = new cdk.App();
cdk.Tags.of(app).add('service', 'payments');

new PaymentsStage(app, 'Beta', {
  env: { account: '111111111111', region: 'us-east-1' },
  stageName: 'beta',
  organizationId: 'o-a1b2c3d4e5',
  partnerAccount: '222222222222',
  legacyAccount: '333333333333',
});
const prod = new PaymentsStage(app, 'Prod', {
  env: { account: '444444444444', region: 'eu-west-1' },
  stageName: 'prod',
  organizationId: 'o-a1b2c3d4e5',
  partnerAccount: '222222222222',
  legacyAccount: '333333333333',
});
cdk.Tags.of(prod).add('criticality', 'high');
app.synth();
