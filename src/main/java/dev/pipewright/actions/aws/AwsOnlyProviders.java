package dev.pipewright.actions.aws;

import dev.pipewright.actions.Provider;
import dev.pipewright.model.ActionCategory;
import java.util.List;

/**
 * The CodePipeline providers that cannot run on a workstation, by category, with the artifact
 * counts of AWS's action reference (generous where AWS allows a range). The list follows
 * docs.aws.amazon.com/codepipeline/latest/userguide/actions-valid-providers.html.
 */
public final class AwsOnlyProviders {

    private AwsOnlyProviders() {
    }

    public static List<Provider> all() {
        ActionCategory source = ActionCategory.SOURCE;
        ActionCategory build = ActionCategory.BUILD;
        ActionCategory test = ActionCategory.TEST;
        ActionCategory deploy = ActionCategory.DEPLOY;
        ActionCategory invoke = ActionCategory.INVOKE;
        return List.of(
                new AwsOnlyProvider(source, "S3", "Amazon S3 source", 0, 1),
                new AwsOnlyProvider(source, "ECR", "Amazon ECR image", 0, 1),
                new AwsOnlyProvider(source, "CodeCommit", "AWS CodeCommit", 0, 1),
                new AwsOnlyProvider(source, "CodeStarSourceConnection", "Bitbucket, GitHub or GitLab connection", 0, 1),
                new AwsOnlyProvider(source, "GitHub", "GitHub (version 1, OAuth)", 0, 1),
                new AwsOnlyProvider(build, "ECRBuildAndPublish", "ECR build and publish", 0, 5),
                new AwsOnlyProvider(build, "Commands", "Commands", 0, 10),
                new AwsOnlyProvider(build, "Jenkins", "Jenkins", 0, 5),
                new AwsOnlyProvider(build, "CloudBees", "CloudBees", 0, 5),
                new AwsOnlyProvider(build, "TeamCity", "TeamCity", 0, 5),
                new AwsOnlyProvider(test, "DeviceFarm", "AWS Device Farm", 0, 5),
                new AwsOnlyProvider(test, "Jenkins", "Jenkins", 0, 5),
                new AwsOnlyProvider(test, "BlazeMeter", "BlazeMeter", 0, 5),
                new AwsOnlyProvider(test, "GhostInspector", "Ghost Inspector", 0, 5),
                new AwsOnlyProvider(test, "StormRunnerLoad", "Micro Focus StormRunner Load", 0, 5),
                new AwsOnlyProvider(test, "Nouvola", "Nouvola", 0, 5),
                new AwsOnlyProvider(test, "Runscope", "Runscope", 0, 5),
                new AwsOnlyProvider(deploy, "S3", "Amazon S3 deploy", 1, 0),
                new AwsOnlyProvider(deploy, "CloudFormation", "AWS CloudFormation", 10, 1),
                new AwsOnlyProvider(deploy, "CloudFormationStackSet", "CloudFormation StackSets", 10, 1),
                new AwsOnlyProvider(deploy, "CloudFormationStackInstances", "CloudFormation stack instances", 10, 1),
                new AwsOnlyProvider(deploy, "CodeDeploy", "AWS CodeDeploy", 1, 0),
                new AwsOnlyProvider(deploy, "CodeDeployToECS", "Amazon ECS blue/green", 2, 0),
                new AwsOnlyProvider(deploy, "ECS", "Amazon ECS", 1, 0),
                new AwsOnlyProvider(deploy, "EKS", "Amazon EKS", 1, 0),
                new AwsOnlyProvider(deploy, "EC2", "Amazon EC2", 1, 0),
                new AwsOnlyProvider(deploy, "Lambda", "AWS Lambda deploy", 1, 0),
                new AwsOnlyProvider(deploy, "ElasticBeanstalk", "AWS Elastic Beanstalk", 1, 0),
                new AwsOnlyProvider(deploy, "OpsWorks", "AWS OpsWorks", 1, 0),
                new AwsOnlyProvider(deploy, "ServiceCatalog", "AWS Service Catalog", 1, 0),
                new AwsOnlyProvider(deploy, "AlexaSkillsKit", "Alexa Skills Kit", 2, 0),
                new AwsOnlyProvider(deploy, "AppConfig", "AWS AppConfig", 1, 0),
                new AwsOnlyProvider(deploy, "XebiaLabs", "XebiaLabs", 5, 5),
                new AwsOnlyProvider(invoke, "Lambda", "AWS Lambda", 5, 5),
                new AwsOnlyProvider(invoke, "StepFunctions", "AWS Step Functions", 1, 1),
                new AwsOnlyProvider(invoke, "Snyk", "Snyk", 1, 1),
                new AwsOnlyProvider(invoke, "CodePipeline", "Start another CodePipeline", 0, 0),
                new AwsOnlyProvider(invoke, "InspectorScan", "Amazon Inspector scan", 1, 0));
    }
}
