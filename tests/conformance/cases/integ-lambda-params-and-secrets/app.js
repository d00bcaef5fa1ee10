// Conformance case 'integ-lambda-params-and-secrets': aws-lambda test/integ.params-and-secrets.ts
// (the IntegTest is dropped; params-and-secrets-handler/ is a small handler of our own).
'use strict';
const cdk = require('aws-cdk-lib');
const path = require('path');
const { Stack } = require('aws-cdk-lib');
const { Secret } = require('aws-cdk-lib/aws-secretsmanager');
const { StringParameter } = require('aws-cdk-lib/aws-ssm');
const {
  Architecture,
  Function,
  Runtime,
  Code,
  ParamsAndSecretsLayerVersion,
  ParamsAndSecretsVersions,
  ParamsAndSecretsLogLevel,
} = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App({
  postCliContext: {
    '@aws-cdk/aws-lambda:useCdkManagedLogGroup': false,
  },
});

class StackUnderTest extends Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    const parameter = new StringParameter(this, 'Parameter', {
      parameterName: `email_url_${id}`,
      stringValue: 'api.example.com',
    });
    const secret = new Secret(this, 'MySecret');

    const paramsAndSecrets = ParamsAndSecretsLayerVersion.fromVersion(ParamsAndSecretsVersions.V1_0_103, {
      cacheSize: 100,
      cacheEnabled: true,
      httpPort: 8080,
      logLevel: ParamsAndSecretsLogLevel.DEBUG,
      maxConnections: 5,
      secretsManagerTtl: cdk.Duration.seconds(100),
      parameterStoreTtl: cdk.Duration.seconds(100),
    });

    const lambdaFunction = new Function(this, 'MyFunc', {
      runtime: Runtime.NODEJS_20_X,
      handler: 'index.handler',
      code: Code.fromAsset(path.join(__dirname, 'params-and-secrets-handler')),
      architecture: props.architecture,
      paramsAndSecrets,
    });

    secret.grantRead(lambdaFunction);
    parameter.grantRead(lambdaFunction);
  }
}

new StackUnderTest(app, 'Stack1', {
  architecture: Architecture.X86_64,
});
new StackUnderTest(app, 'Stack2', {
  architecture: Architecture.ARM_64,
});

app.synth();
