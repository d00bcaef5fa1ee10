// Conformance case 'user-platform-standard-functions': an app as a platform team writes it: a
// "standard function" construct (a class of its own) every service gets, in a loop over five
// services of three languages and both architectures, in an environment-agnostic stack: Lambda
// Insights, ADOT instrumentation (JavaScript, Python and Java layers), the Parameters and Secrets
// extension, CodeGuru profiling (its own group or a shared one) where the runtime has it, a shared
// code signing config, ephemeral storage, a log group of its own, active tracing, a shared
// secret and an SSM parameter read by every service, and an alias per service.
'use strict';
const path = require('path');
const { Construct } = require('constructs');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');
const signer = require('aws-cdk-lib/aws-signer');
const codeguru = require('aws-cdk-lib/aws-codeguruprofiler');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const ssm = require('aws-cdk-lib/aws-ssm');

class StandardFunction extends Construct {
  constructor(scope, id, props) {
    super(scope, id);
    const family = props.runtime.family;
    let adot;
    if (family === lambda.RuntimeFamily.NODEJS) {
      adot = {
        layerVersion: lambda.AdotLayerVersion.fromJavaScriptSdkLayerVersion(lambda.AdotLambdaLayerJavaScriptSdkVersion.LATEST),
        execWrapper: lambda.AdotLambdaExecWrapper.REGULAR_HANDLER,
      };
    } else if (family === lambda.RuntimeFamily.PYTHON) {
      adot = {
        layerVersion: lambda.AdotLayerVersion.fromPythonSdkLayerVersion(lambda.AdotLambdaLayerPythonSdkVersion.LATEST),
        execWrapper: lambda.AdotLambdaExecWrapper.INSTRUMENT_HANDLER,
      };
    } else {
      adot = {
        layerVersion: lambda.AdotLayerVersion.fromJavaAutoInstrumentationLayerVersion(lambda.AdotLambdaLayerJavaAutoInstrumentationVersion.LATEST),
        execWrapper: lambda.AdotLambdaExecWrapper.REGULAR_HANDLER,
      };
    }
    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: logs.RetentionDays.ONE_MONTH,
      removalPolicy: cdk.RemovalPolicy.DESTROY,
    });
    this.function = new lambda.Function(this, 'Function', {
      runtime: props.runtime,
      handler: props.handler,
      code: lambda.Code.fromAsset(path.join(__dirname, 'services', id.toLowerCase())),
      architecture: props.architecture,
      memorySize: props.memorySize ?? 512,
      timeout: cdk.Duration.seconds(30),
      ephemeralStorageSize: cdk.Size.mebibytes(props.scratchMiB ?? 512),
      description: `${id} service (platform standard function)`,
      tracing: lambda.Tracing.ACTIVE,
      insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_333_0,
      adotInstrumentation: adot,
      paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersion(lambda.ParamsAndSecretsVersions.V1_0_103, {
        cacheSize: 500,
        logLevel: lambda.ParamsAndSecretsLogLevel.WARN,
        secretsManagerTtl: cdk.Duration.seconds(120),
      }),
      profiling: props.runtime.supportsCodeGuruProfiling && !props.profilingGroup ? true : undefined,
      profilingGroup: props.runtime.supportsCodeGuruProfiling ? props.profilingGroup : undefined,
      codeSigningConfig: props.codeSigningConfig,
      logGroup: this.logGroup,
      environment: { SERVICE_NAME: id.toLowerCase(), POWERTOOLS_SERVICE_NAME: id.toLowerCase() },
    });
    props.secret.grantRead(this.function);
    props.settings.grantRead(this.function);
    this.alias = new lambda.Alias(this, 'Live', { aliasName: 'live', version: this.function.currentVersion });
  }
}

const app = new cdk.App();
const stack = new cdk.Stack(app, 'PlatformServices');
const profile = new signer.SigningProfile(stack, 'Profile', {
  platform: signer.Platform.AWS_LAMBDA_SHA384_ECDSA,
  signatureValidity: cdk.Duration.days(365),
});
const codeSigningConfig = new lambda.CodeSigningConfig(stack, 'CodeSigning', {
  signingProfiles: [profile],
  untrustedArtifactOnDeployment: lambda.UntrustedArtifactOnDeployment.ENFORCE,
  description: 'platform: signed code only',
});
const sharedProfiling = new codeguru.ProfilingGroup(stack, 'PythonProfiling', {
  computePlatform: codeguru.ComputePlatform.AWS_LAMBDA,
});
const secret = new secretsmanager.Secret(stack, 'DbCredentials', {
  description: 'database credentials shared by the services',
  // (keys in SecretStringGenerator's declaration order: tree.json keeps the order they are written
  // in, which a C struct cannot carry; ccdk writes the declaration order)
  generateSecretString: { excludePunctuation: true, generateStringKey: 'password', secretStringTemplate: '{"username":"app"}' },
});
const settings = ssm.StringParameter.fromStringParameterName(stack, 'Settings', '/platform/settings');

const services = [
  { id: 'Orders', runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', architecture: lambda.Architecture.ARM_64 },
  { id: 'Payments', runtime: lambda.Runtime.PYTHON_3_12, handler: 'main.handler', architecture: lambda.Architecture.X86_64, profilingGroup: sharedProfiling },
  { id: 'Catalog', runtime: lambda.Runtime.JAVA_21, handler: 'com.example.catalog.Handler', architecture: lambda.Architecture.X86_64, memorySize: 2048, scratchMiB: 2048 },
  { id: 'Search', runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', architecture: lambda.Architecture.X86_64, scratchMiB: 10240 },
  { id: 'Notify', runtime: lambda.Runtime.PYTHON_3_13, handler: 'main.handler', architecture: lambda.Architecture.ARM_64, profilingGroup: sharedProfiling, memorySize: 256 },
];
for (const s of services) {
  const fn = new StandardFunction(stack, s.id, { ...s, codeSigningConfig, secret, settings });
  new cdk.CfnOutput(stack, `${s.id}AliasArn`, { value: fn.alias.functionArn });
}
app.synth();
